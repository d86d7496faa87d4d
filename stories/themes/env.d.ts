// CSS Modules (`*.module.css`) and plain CSS imports, as Vite types them.
/// <reference types="vite/client" />
