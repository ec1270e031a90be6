/** Nothing of dashboard is used by other features; its pages load through the router. */
export {};
