/** Nothing of settings is used by other features; its page loads through the router. */
export {};
