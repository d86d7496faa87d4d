// `node --import` entry: installs clientReferenceHooks.mjs before the app loads.
import { register } from 'node:module'

register('./clientReferenceHooks.mjs', import.meta.url)
