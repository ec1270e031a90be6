/** Nothing of the audit log is used by other features; its page loads through the router. */
export {};
