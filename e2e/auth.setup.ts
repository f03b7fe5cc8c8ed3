// Signs each demo account in once over HTTP (next-auth's credentials endpoint, as the login
// form does) and keeps the cookies, so the other tests start signed in.
import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageStateFor, type AccountKey } from "./accounts";

for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`sign in ${ACCOUNTS[key].username}`, async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, username: ACCOUNTS[key].username, password: PASSWORD, json: "true" },
    });
    expect(response.ok()).toBe(true);
    const session = await (await request.get("/api/auth/session")).json();
    expect(session.claims?.role).toBeTruthy();
    await request.storageState({ path: storageStateFor(key) });
  });
}
