"use client";

import { useEffect, useState } from "react";

/**
 * The confirmation after a save that brought the browser back to the dossier
 * (`?enregistre=…#element`). The server renders the text (seen without JavaScript); once
 * hydrated, the live region is emptied then filled again so that screen readers announce it, the
 * new item takes the focus instead of the top of the page, and the parameter leaves the address
 * (a reload does not confirm twice).
 */
export function SavedNotice({ message }: { message: string }) {
  const [text, setText] = useState(message);
  useEffect(() => {
    let timer = window.setTimeout(() => {
      setText("");
      timer = window.setTimeout(() => setText(message), 150);
    }, 0);
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (target) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
    }
    const url = new URL(window.location.href);
    url.searchParams.delete("enregistre");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    return () => window.clearTimeout(timer);
  }, [message]);
  return <p role="status" className="alert alert--success saved-notice">{text}</p>;
}
