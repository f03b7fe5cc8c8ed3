import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientModules, ROOT } from "@/tests/support/client-modules";
import { CLIENT_NAMESPACES, pickMessages } from "./client-messages";
import { messagesByLocale } from "./messages";

/**
 * The message paths client code reads: a translator's namespace when it is bound to one
 * (`useTranslations("integrity")`), else the static start of each key it is called with
 * (`t("admin.addUnit")` → `admin`). A translator used again under the same name in the same
 * file belongs to the code after its binding.
 */
function namespacesReadByClientCode(): Map<string, string> {
  const read = new Map<string, string>();
  for (const file of clientModules()) {
    const source = readFileSync(file, "utf8");
    const where = path.relative(ROOT, file);
    // Schema messages are `validation.` keys, translated in the browser by translateIssue.
    if (/\btranslateIssue\(/.test(source) && !where.startsWith("lib/validation")) read.set("validation", where);
    const bindings = [...source.matchAll(/const (\w+) = useTranslations\((?:"([^"]*)")?\)/g)];
    bindings.forEach((binding, index) => {
      const [, name, namespace] = binding;
      if (namespace) return void read.set(namespace, where);
      const next = bindings.slice(index + 1).find((other) => other[1] === name);
      const body = source.slice(binding.index, next?.index ?? source.length);
      for (const call of body.matchAll(new RegExp(`\\b${name}(?:\\.\\w+)?\\(\\s*(?:["'\`]([^"'\`$]*)|([^)"'\`]))`, "g"))) {
        const [, literal, other] = call;
        if (other !== undefined || !literal?.includes(".")) throw new Error(`${where}: a translator without a namespace is called with a key whose namespace cannot be read (${call[0]}); bind it to a namespace`);
        read.set(literal.split(".")[0], where);
      }
    });
  }
  return read;
}

const covers = (declared: string, read: string) => read === declared || read.startsWith(`${declared}.`);

describe("messages handed to the browser", () => {
  const read = namespacesReadByClientCode();

  it("include every namespace client components read", () => {
    const missing = [...read].filter(([namespace]) => !CLIENT_NAMESPACES.some((declared) => covers(declared, namespace)));
    expect(missing.map(([namespace, file]) => `${namespace} (${file})`)).toEqual([]);
  });

  it("include no namespace that no client component reads", () => {
    expect(CLIENT_NAMESPACES.filter((declared) => ![...read.keys()].some((namespace) => covers(declared, namespace)))).toEqual([]);
  });

  it("are whole namespaces of both catalogues and leave the rest out", () => {
    for (const messages of Object.values(messagesByLocale)) {
      const picked = pickMessages(messages);
      expect(picked.records).toEqual({ attachments: messages.records.attachments, delete: messages.records.delete });
      expect(picked.integrity).toEqual(messages.integrity);
      expect(picked).not.toHaveProperty("dashboard");
    }
  });
});
