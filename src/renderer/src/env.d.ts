// Vite's types for the renderer: CSS imports, import.meta.env.
/// <reference types="vite/client" />
