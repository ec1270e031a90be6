/** Nothing of profile is used by other features; its pages load through the router. */
export {};
