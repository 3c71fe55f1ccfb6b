# API and indexer image. Meilisearch runs from its own official image (docker-compose.yml),
# so the embedded engine binary (an optional npm dependency) is left out here.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# vntk's native crfsuite/fasttext build here (python3, make, g++ are in this image).
RUN npm ci --omit=optional
COPY tsconfig.json ./
COPY src ./src
COPY indexer ./indexer
COPY bench ./bench
COPY eval ./eval
COPY search-ui ./search-ui
COPY demo ./demo
RUN npx tsc -p tsconfig.json && npx vite build --config search-ui/vite.config.mts \
 && npm prune --omit=dev --omit=optional

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/search-ui/dist ./search-ui/dist
COPY --from=build /app/demo ./demo
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/cli/start.js"]
