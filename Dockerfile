# syntax=docker/dockerfile:1
# casegraph's production image: compiled JavaScript on Node 20, production dependencies only, a
# non-root user. test/e2e/container.test.ts lints this file and runs its CMD and HEALTHCHECK
# against the same dist/ build, since CI has no Docker daemon.

# ---- build: every dependency, tsc → dist/ -----------------------------------------------------
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
RUN npm run build

# ---- runtime: what `node dist/main.js` needs, nothing else ---------------------------------------
FROM node:20.20-bookworm-slim AS runtime
# Behind a load balancer, /readyz answers 503 for 5 s after SIGTERM while requests are still served
# (docs/operating.md, Health): with no delay it would refuse connections at once instead.
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0 \
    CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS=5000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# The schema is read at start-up: schema/*.graphql is the source of truth, not compiled in.
COPY schema ./schema
COPY --from=build /app/dist ./dist
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 4000
# Liveness only: /readyz is for load balancers, which must not restart a replica whose vendor is down.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1 receives SIGTERM (no npm or shell in between): casegraph drains and exits 0.
CMD ["node", "dist/main.js"]
