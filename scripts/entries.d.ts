/** One entry of the package's `exports` map and the source it is built from. */
export interface Entry {
  name: string
  subpath: string
  source: string
}
export declare const entries: Entry[]
export declare function isExternal(id: string): boolean
export declare function isPeer(id: string): boolean
