// Decision 0022 retired the inline script that held back, until hydration, the forms that only
// JavaScript could send (decision 0019). It stays useless only while every <form> of the app says
// where and how the browser sends it without JavaScript: an `action` (a server action or a
// route) or a `method`. A form without either would be sent as a GET to the page itself, its
// fields (a password, a confidential note) in the address.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return rel.endsWith(".tsx") ? [rel] : [];
  });
}

/** The opening tags of <form> elements (JSX) whose attributes name neither action nor method. */
export function formsWithoutTarget(source: string): string[] {
  const tags = source.match(/<form(?=[\s>])[^>]*?(?:\/>|>)/gs) ?? [];
  return tags.filter((tag) => !/\b(action|method)(=|\s|>)|\{\.\.\.[\w.]*formProps\}/.test(tag));
}

describe("every form works before hydration", () => {
  it("finds a form without action or method", () => {
    expect(formsWithoutTarget(`<form onSubmit={go} noValidate>`)).toHaveLength(1);
    expect(formsWithoutTarget(`<form\n  className="x"\n  action={formAction}>`)).toHaveLength(0);
    expect(formsWithoutTarget(`<form method="get" role="search">`)).toHaveLength(0);
    expect(formsWithoutTarget(`<form {...handle.formProps} className={c}>`)).toHaveLength(0);
  });

  it("no <form> of app/ or components/ lacks an action or a method", () => {
    const offenders = [...sources("app"), ...sources("components")].flatMap((file) =>
      formsWithoutTarget(fs.readFileSync(path.join(ROOT, file), "utf8")).map((tag) => `${file}: ${tag.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });
});
