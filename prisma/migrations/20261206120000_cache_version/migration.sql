-- CreateTable
CREATE TABLE "CacheVersion" (
    "name" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("name")
);

-- The records counter exists from the start: the page cache reads it on every cached request.
INSERT INTO "CacheVersion" ("name", "value") VALUES ('records', 0);
