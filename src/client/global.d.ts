/** Globals the platform's page shell (`<sdk:now-ux-globals>`) defines, and CSS imports handled by the build. */
declare global {
    interface Window {
        /** The session's CSRF token: sent as `X-UserToken` with every REST call. */
        g_ck?: string
    }
}

declare module '*.css' {
    const content: string
    export default content
}

export {}
