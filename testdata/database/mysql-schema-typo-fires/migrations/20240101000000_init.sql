-- MySQL schema.
CREATE TABLE `members` (
    `id`           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `display_name` VARCHAR(100) NOT NULL,
    `phone`        VARCHAR(32) NULL,
    `plan`         VARCHAR(16) NOT NULL DEFAULT 'free',
    `created_at`   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
    `member_id` BIGINT UNSIGNED NOT NULL,
    `plan`      VARCHAR(16) NOT NULL,
    `renews_at` DATETIME NOT NULL,
    PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
    `id`        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `sender`    BIGINT UNSIGNED NOT NULL,
    `recipient` BIGINT UNSIGNED NOT NULL,
    `body`      TEXT NOT NULL,
    `sent_at`   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `read_at`   DATETIME NULL,
    PRIMARY KEY (`id`),
    KEY `messages_recipient` (`recipient`, `sent_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_views` (
    `id`        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `viewer`    BIGINT UNSIGNED NOT NULL,
    `viewed`    BIGINT UNSIGNED NOT NULL,
    `viewed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletter_templates` (
    `id`    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(200) NOT NULL,
    `body`  TEXT NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_notes` (
    `id`         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `member_id`  BIGINT UNSIGNED NOT NULL,
    `note`       TEXT NOT NULL,
    `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
