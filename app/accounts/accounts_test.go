package accounts

import (
	"context"
	"errors"
	"testing"

	"haven/models"
	"haven/models/storetest"
)

var fast = Params{Memory: 64, Time: 1, Threads: 1}

func TestPasswordHashRoundTrip(t *testing.T) {
	h, err := HashPassword("correct horse", DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPassword(h, "correct horse") || CheckPassword(h, "correct horsE") {
		t.Fatal("hash does not verify correctly")
	}
	for _, bad := range []string{"", "$argon2id$v=19$m=0,t=1,p=1$AA$AA", "plain", "$bcrypt$x$y$z$w"} {
		if CheckPassword(bad, "x") {
			t.Errorf("malformed hash %q matched", bad)
		}
	}
}

func TestHandleRules(t *testing.T) {
	for h, ok := range map[string]bool{
		"ab": false, "abc": true, "River_2": true, "-dash": false, "has space": false,
		"ѕam":                                false, // Cyrillic s: a look-alike
		"a234567890123456789012345678901234": false, "name-ok": true,
	} {
		if err := ValidateHandle(h); (err == nil) != ok {
			t.Errorf("%q: err=%v want ok=%v", h, err, ok)
		}
	}
}

func TestRegisterAndAuthenticate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s, fast)
		ctx := context.Background()
		u, err := svc.Register(ctx, Credentials{Handle: "  Willow ", Password: "long enough"}, models.RolePeer)
		if err != nil || u.Handle != "Willow" || u.Role != models.RolePeer {
			t.Fatalf("register: %+v %v", u, err)
		}
		var ve *models.ValidationError
		if _, err := svc.Register(ctx, Credentials{Handle: "willow", Password: "long enough"}, models.RolePeer); !errors.As(err, &ve) || ve.Fields["handle"] == "" {
			t.Fatalf("duplicate handle: %v", err)
		}
		if _, err := svc.Register(ctx, Credentials{Handle: "other", Password: "short"}, models.RolePeer); !errors.As(err, &ve) || ve.Fields["password"] == "" {
			t.Fatalf("short password: %v", err)
		}
		if got, err := svc.Authenticate(ctx, Credentials{Handle: "WILLOW", Password: "long enough"}); err != nil || got.ID != u.ID {
			t.Fatalf("login: %v", err)
		}
		if _, err := svc.Authenticate(ctx, Credentials{Handle: "willow", Password: "wrong one!"}); err != ErrBadCredentials {
			t.Fatalf("wrong password: %v", err)
		}
		if _, err := svc.Authenticate(ctx, Credentials{Handle: "nobody", Password: "wrong one!"}); err != ErrBadCredentials {
			t.Fatalf("unknown handle: %v", err)
		}
	})
}
