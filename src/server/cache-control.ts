// How long browsers and CDNs may keep what the server sends (revalidated by ETag after that).
export const cacheControl = { page: 'public, max-age=300', asset: 'public, max-age=86400' } as const;
