import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate, revokeSession, type SessionClaims } from "./login";
import { clientIpFromHeaders } from "./client-ip";

declare module "next-auth/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}
declare module "next-auth" {
  interface User {
    claims: SessionClaims;
  }
  interface Session {
    claims?: SessionClaims;
  }
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
  otp: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((value) => value || undefined),
});

/** The absolute session lifetime; the 30-minute idle timeout is enforced per request on the server. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { username: { type: "text" }, password: { type: "password" }, otp: { type: "text" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = request?.headers ?? {};
        const header = (name: string) => {
          const value = headers[name];
          return Array.isArray(value) ? value[0] : (value ?? null);
        };
        // A thrown Error's message reaches the login form as `error` (a LoginFailure code).
        const claims = await authenticate({
          ...parsed.data,
          ip: clientIpFromHeaders(header),
          userAgent: header("user-agent"),
        });
        return { id: claims.userId, claims };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.claims = user.claims;
      return token;
    },
    session({ session, token }) {
      session.claims = token.claims;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.claims) {
        await revokeSession(token.claims.sessionId, {
          id: token.claims.userId,
          displayName: token.name ?? token.claims.userId,
          role: token.claims.role,
        });
      }
    },
  },
};
