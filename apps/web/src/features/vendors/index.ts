/** Nothing of vendors is used by other features yet; its pages load through the router. */
export {};
