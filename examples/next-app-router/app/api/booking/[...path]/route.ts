// The kit's proxy as a route handler: the browser calls /api/booking/…, the
// proxy adds the server key and forwards only the allowed calls upstream.
import { proxy } from '@/lib/proxy'

export const GET = (request: Request) => proxy(request)
export const POST = (request: Request) => proxy(request)
export const PUT = (request: Request) => proxy(request)
export const DELETE = (request: Request) => proxy(request)
export const OPTIONS = (request: Request) => proxy(request)
