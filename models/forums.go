package models

import (
	"context"
	"time"

	"gorm.io/gorm/clause"
)

// DefaultForums are seeded on first start: the rooms a recovery and
// mental-health peer community usually opens with.
var DefaultForums = []Forum{
	{Slug: "introductions", Name: "Introductions", Description: "New here? Say hello and share as much or as little as you like."},
	{Slug: "daily-check-in", Name: "Daily check-in", Description: "How are you today? A place for quick check-ins, good days and hard ones."},
	{Slug: "recovery-journeys", Name: "Recovery journeys", Description: "Stories, setbacks and what helped, from people walking the same road."},
	{Slug: "wins-and-milestones", Name: "Wins and milestones", Description: "Clean dates, small victories and anything worth celebrating."},
	{Slug: "coping-skills", Name: "Coping skills", Description: "Grounding, routines, sleep, cravings: practical things that help."},
	{Slug: "family-and-friends", Name: "Family and friends", Description: "For the people who love and support someone who is struggling."},
	{Slug: "off-topic", Name: "Off topic", Description: "Music, pets, hobbies and everything else that keeps us going."},
}

// SeedForums inserts any default forum whose slug is missing. It never
// overwrites an admin's edits, so it is safe on every start.
func (s *Store) SeedForums(ctx context.Context) error {
	now := time.Now().UTC()
	for i, f := range DefaultForums {
		f.Position = i + 1
		f.Visibility = VisibilityPublic
		f.CreatedAt = now
		err := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "slug"}}, DoNothing: true}).Create(&f).Error
		if err != nil {
			return mapErr(err)
		}
	}
	return nil
}

// ListForums returns the forums viewer may see, in display order.
// Members-only forums are hidden from logged-out visitors.
func (s *Store) ListForums(ctx context.Context, viewer *User) ([]Forum, error) {
	q := s.q(ctx).Order("position, id")
	if viewer == nil {
		q = q.Where("visibility = ?", VisibilityPublic)
	}
	var out []Forum
	return out, mapErr(q.Find(&out).Error)
}

// ForumBySlug loads one forum.
func (s *Store) ForumBySlug(ctx context.Context, slug string) (*Forum, error) {
	var f Forum
	if err := s.q(ctx).Where("slug = ?", slug).First(&f).Error; err != nil {
		return nil, mapErr(err)
	}
	return &f, nil
}

// ForumByID loads one forum.
func (s *Store) ForumByID(ctx context.Context, id uint) (*Forum, error) {
	var f Forum
	if err := s.q(ctx).First(&f, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &f, nil
}

// CreateForum adds a forum; a taken slug is a ValidationError.
func (s *Store) CreateForum(ctx context.Context, f *Forum) error {
	if f.Visibility == "" {
		f.Visibility = VisibilityPublic
	}
	err := mapErr(s.q(ctx).Create(f).Error)
	if err != nil && isConflict(err) {
		return Invalid("slug", "A forum with that address already exists.")
	}
	return err
}
