package models

import "time"

// Role is what a user may do. Roles are ordered only where the code says
// so; clinicians are deliberately not "above" moderators.
type Role string

const (
	RolePeer      Role = "peer"
	RoleModerator Role = "moderator"
	RoleClinician Role = "clinician"
	RoleAdmin     Role = "admin"
)

// Valid reports whether r is one of the four roles.
func (r Role) Valid() bool {
	switch r {
	case RolePeer, RoleModerator, RoleClinician, RoleAdmin:
		return true
	}
	return false
}

// User is an account. Haven asks for no email: anonymity matters here.
type User struct {
	ID           uint   `gorm:"primaryKey"`
	Handle       string `gorm:"size:32"`
	HandleLower  string `gorm:"size:32"`
	PasswordHash string `gorm:"size:255"`
	Role         Role   `gorm:"size:16"`
	Region       string `gorm:"size:2"`
	CreatedAt    time.Time
	UpdatedAt    time.Time
	// SilencedUntil: may read but not post. SuspendedUntil: may not log in.
	SilencedUntil  *time.Time
	SuspendedUntil *time.Time
}

// Silenced reports whether the user may not post at t.
func (u *User) Silenced(t time.Time) bool {
	return u != nil && (u.SilencedUntil != nil && t.Before(*u.SilencedUntil) || u.Suspended(t))
}

// Suspended reports whether the user may not use their account at t.
func (u *User) Suspended(t time.Time) bool {
	return u != nil && u.SuspendedUntil != nil && t.Before(*u.SuspendedUntil)
}

// Can reports whether the user holds one of the given roles. Admins can do
// everything.
func (u *User) Can(roles ...Role) bool {
	if u == nil {
		return false
	}
	if u.Role == RoleAdmin {
		return true
	}
	for _, r := range roles {
		if u.Role == r {
			return true
		}
	}
	return false
}

// IsStaff is true for moderators and admins.
func (u *User) IsStaff() bool { return u.Can(RoleModerator) }

// Session is a browser login. Only the SHA-256 of the cookie token is kept.
type Session struct {
	TokenHash string `gorm:"primaryKey;size:64"`
	UserID    uint
	CSRFToken string `gorm:"column:csrf_token;size:64"`
	CreatedAt time.Time
	ExpiresAt time.Time
}

// APIToken is a bearer token for API clients, stored hashed.
type APIToken struct {
	TokenHash string `gorm:"primaryKey;size:64"`
	UserID    uint
	CreatedAt time.Time
	ExpiresAt time.Time
}

// Visibility says who can read a forum.
type Visibility string

const (
	VisibilityPublic  Visibility = "public"
	VisibilityMembers Visibility = "members"
)

// Forum is a board that holds threads.
type Forum struct {
	ID          uint   `gorm:"primaryKey"`
	Slug        string `gorm:"size:64"`
	Name        string `gorm:"size:100"`
	Description string `gorm:"size:500"`
	Visibility  Visibility
	Position    int
	CreatedAt   time.Time
	// ApprovalPosts holds this many of a new member's first posts for a
	// moderator's approval (0: none).
	ApprovalPosts int
}

// ReadableBy reports whether u (nil when logged out) may read the forum.
func (f *Forum) ReadableBy(u *User) bool {
	return f.Visibility == VisibilityPublic || u != nil
}

// Thread is a topic in a forum; its first post is the opening post.
type Thread struct {
	ID         uint `gorm:"primaryKey"`
	ForumID    uint
	AuthorID   *uint
	Title      string `gorm:"size:200"`
	PostCount  int
	Locked     bool
	CreatedAt  time.Time
	LastPostAt time.Time
	DeletedAt  *time.Time
	HiddenAt   *time.Time // its opening post awaits approval

	Author *User  `gorm:"foreignKey:AuthorID"`
	Forum  *Forum `gorm:"foreignKey:ForumID"`
}

// Post is one message. Replies nest by ParentID; Path orders a thread's
// posts depth-first so one indexed range scan pages through the tree.
type Post struct {
	ID        uint `gorm:"primaryKey"`
	ThreadID  uint
	AuthorID  *uint
	ParentID  *uint
	Path      string `gorm:"size:1024"`
	Depth     int
	Body      string
	HTML      string `gorm:"column:html"`
	CreatedAt time.Time
	EditedAt  *time.Time
	DeletedAt *time.Time
	HiddenAt  *time.Time // hidden by a moderator (reversible)

	Author *User `gorm:"foreignKey:AuthorID"`
}

// PostRevision keeps the text a post had before an edit.
type PostRevision struct {
	ID        uint `gorm:"primaryKey"`
	PostID    uint
	EditorID  *uint
	Body      string
	CreatedAt time.Time
}
