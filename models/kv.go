package models

import (
	"context"
	"time"

	"gorm.io/gorm/clause"
)

// KV is a fiber.Storage over the kv table, so rate-limit counters are shared
// by every instance on the same database.
type KV struct{ s *Store }

// KV returns the key/value storage backed by this store.
func (s *Store) KV() *KV { return &KV{s: s} }

type kvRow struct {
	K         string `gorm:"column:k;primaryKey"`
	V         []byte `gorm:"column:v"`
	ExpiresAt int64  `gorm:"column:expires_at"`
}

func (kvRow) TableName() string { return "kv" }

func kvCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 2*time.Second)
}

// Get returns nil for a missing or expired key.
func (k *KV) Get(key string) ([]byte, error) {
	ctx, cancel := kvCtx()
	defer cancel()
	var rows []kvRow
	err := k.s.q(ctx).Where("k = ? AND (expires_at = 0 OR expires_at > ?)", key, time.Now().Unix()).Limit(1).Find(&rows).Error
	if err != nil || len(rows) == 0 {
		return nil, mapErr(err)
	}
	return rows[0].V, nil
}

// Set stores val under key; exp 0 means no expiry, a negative exp stores an
// already-expired key.
func (k *KV) Set(key string, val []byte, exp time.Duration) error {
	ctx, cancel := kvCtx()
	defer cancel()
	row := kvRow{K: key, V: val}
	if exp != 0 {
		row.ExpiresAt = time.Now().Add(exp).Unix()
	}
	return mapErr(k.s.q(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "k"}},
		DoUpdates: clause.AssignmentColumns([]string{"v", "expires_at"}),
	}).Create(&row).Error)
}

// Delete removes a key.
func (k *KV) Delete(key string) error {
	ctx, cancel := kvCtx()
	defer cancel()
	return mapErr(k.s.q(ctx).Where("k = ?", key).Delete(&kvRow{}).Error)
}

// Reset removes every key.
func (k *KV) Reset() error {
	ctx, cancel := kvCtx()
	defer cancel()
	return mapErr(k.s.q(ctx).Exec("DELETE FROM kv").Error)
}

// Close is a no-op: the store owns the connection.
func (k *KV) Close() error { return nil }
