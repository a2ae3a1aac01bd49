// Before React hydrates, a form that only JavaScript can send (react-hook-form: no `action`, no
// `method`) would be sent by the browser as a GET to the page itself: every field, passwords and
// confidential notes included, would end up in the address bar, the history and the server logs.
// This inline script, run before the page's own markup, holds such submissions back until the
// page is interactive (HydrationMarker sets the flag). Forms with an explicit `method` (the GET
// filters) or `action` (server actions) still work without JavaScript.
const GUARD = `document.addEventListener("submit",function(e){if(document.documentElement.dataset.hydrated)return;var f=e.target;if(f instanceof HTMLFormElement&&!f.hasAttribute("action")&&!f.hasAttribute("method"))e.preventDefault()},true)`;

export function FormGuardScript({ nonce }: { nonce: string | undefined }) {
  // The browser hides a script's nonce from the DOM after parsing, hence suppressHydrationWarning.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: GUARD }} />;
}
