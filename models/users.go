package models

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// CreateUser inserts u; a handle already taken (in any letter case) is a
// ValidationError on "handle".
func (s *Store) CreateUser(ctx context.Context, u *User) error {
	u.HandleLower = strings.ToLower(u.Handle)
	if u.Role == "" {
		u.Role = RolePeer
	}
	err := mapErr(s.q(ctx).Create(u).Error)
	if errors.Is(err, ErrConflict) {
		return Invalid("handle", "That handle is taken. Please choose another.")
	}
	return err
}

// UserByID loads one user.
func (s *Store) UserByID(ctx context.Context, id uint) (*User, error) {
	var u User
	if err := s.q(ctx).First(&u, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &u, nil
}

// UserByHandle finds a user by handle, ignoring letter case.
func (s *Store) UserByHandle(ctx context.Context, handle string) (*User, error) {
	var u User
	if err := s.q(ctx).Where("handle_lower = ?", strings.ToLower(handle)).First(&u).Error; err != nil {
		return nil, mapErr(err)
	}
	return &u, nil
}

// SetUserRole changes a user's role.
func (s *Store) SetUserRole(ctx context.Context, id uint, role Role) error {
	res := s.q(ctx).Model(&User{}).Where("id = ?", id).Updates(map[string]any{"role": role, "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// NewToken returns a random URL-safe token and its SHA-256 hex digest; only
// the digest is stored, so a database leak does not leak live sessions.
func NewToken() (token, hash string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand failed: " + err.Error())
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

// HashToken is the digest under which a token is stored.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateSession starts a browser session for userID and returns the cookie
// token and the session (with its CSRF token).
func (s *Store) CreateSession(ctx context.Context, userID uint, ttl time.Duration) (string, *Session, error) {
	token, hash := NewToken()
	csrf, _ := NewToken()
	now := time.Now().UTC()
	sess := &Session{TokenHash: hash, UserID: userID, CSRFToken: csrf, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	if err := s.q(ctx).Create(sess).Error; err != nil {
		return "", nil, mapErr(err)
	}
	return token, sess, nil
}

// SessionUser resolves a session cookie token to its session and user.
func (s *Store) SessionUser(ctx context.Context, token string) (*Session, *User, error) {
	var sess Session
	err := s.q(ctx).Where("token_hash = ? AND expires_at > ?", HashToken(token), time.Now().UTC()).First(&sess).Error
	if err != nil {
		return nil, nil, mapErr(err)
	}
	u, err := s.UserByID(ctx, sess.UserID)
	if err != nil {
		return nil, nil, err
	}
	return &sess, u, nil
}

// DeleteSession ends a browser session.
func (s *Store) DeleteSession(ctx context.Context, token string) error {
	return mapErr(s.q(ctx).Where("token_hash = ?", HashToken(token)).Delete(&Session{}).Error)
}

// CreateAPIToken issues a bearer token for userID.
func (s *Store) CreateAPIToken(ctx context.Context, userID uint, ttl time.Duration) (string, error) {
	token, hash := NewToken()
	now := time.Now().UTC()
	t := &APIToken{TokenHash: hash, UserID: userID, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	if err := s.q(ctx).Create(t).Error; err != nil {
		return "", mapErr(err)
	}
	return token, nil
}

// TokenUser resolves a bearer token to its user.
func (s *Store) TokenUser(ctx context.Context, token string) (*User, error) {
	var t APIToken
	err := s.q(ctx).Where("token_hash = ? AND expires_at > ?", HashToken(token), time.Now().UTC()).First(&t).Error
	if err != nil {
		return nil, mapErr(err)
	}
	return s.UserByID(ctx, t.UserID)
}

// PurgeExpired removes expired sessions, tokens and kv entries.
func (s *Store) PurgeExpired(ctx context.Context) error {
	now := time.Now().UTC()
	if err := s.q(ctx).Where("expires_at <= ?", now).Delete(&Session{}).Error; err != nil {
		return mapErr(err)
	}
	if err := s.q(ctx).Where("expires_at <= ?", now).Delete(&APIToken{}).Error; err != nil {
		return mapErr(err)
	}
	return mapErr(s.q(ctx).Exec("DELETE FROM kv WHERE expires_at > 0 AND expires_at <= ?", now.Unix()).Error)
}

// HandlesByID loads the handles of several accounts in one query; ids of
// deleted accounts are absent from the map.
func (s *Store) HandlesByID(ctx context.Context, ids []uint) (map[uint]string, error) {
	out := make(map[uint]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ID     uint
		Handle string
	}
	if err := s.q(ctx).Table("users").Select("id, handle").Where("id IN ?", ids).Scan(&rows).Error; err != nil {
		return nil, mapErr(err)
	}
	for _, r := range rows {
		out[r.ID] = r.Handle
	}
	return out, nil
}
