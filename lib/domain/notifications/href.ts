// A notification's link is written by the app, but it is checked again before the browser is
// sent there: a path of this app only ("/usagers/…"), never another site.
export const isSafeReturnPath = (href: string) => /^\/(?![/\\])[^\s]*$/.test(href) && !href.includes("\\");
