package app

import (
	"github.com/gofiber/fiber/v2"

	"haven/models"
)

// Role rules used in the table below.
var (
	staff     = requireRole(models.RoleModerator)            // moderators and admins
	clinician = requireRole(models.RoleClinician)            // clinicians and admins
	admin     = requireRole(models.RoleAdmin)                // admins only
	anyone    = func(c *fiber.Ctx) error { return c.Next() } // no login needed
)

// routes is every route Haven serves, grouped by who may use it.
func (s *Server) routes() {
	a := s.App

	// Operations: no session, no database for /healthz.
	a.Get("/healthz", s.healthz)           // process is up
	a.Get("/readyz", s.readyz)             // database reachable, else 503
	a.Get("/metrics", s.metrics.handler()) // Prometheus text

	// JSON API: bearer tokens only, never cookies, so no CSRF.
	api := a.Group("/api/v1", s.apiAuth)
	api.Post("/auth/register", anyone, s.apiRegister)                   // create account, get token
	api.Post("/auth/login", anyone, s.apiLogin)                         // get token
	api.Get("/forums", anyone, s.apiForums)                             // forums the caller may read
	api.Get("/forums/:slug/threads", anyone, s.apiForumThreads)         // thread list, cursor paged
	api.Get("/threads/:id", anyone, s.apiThread)                        // a thread's posts in tree order
	api.Get("/resources", anyone, s.apiResources)                       // crisis lines by region
	api.Get("/search", anyone, s.apiSearch)                             // posts the caller may read
	api.Post("/forums/:slug/threads", s.apiLogin401, s.apiCreateThread) // any logged-in user
	api.Post("/threads/:id/posts", s.apiLogin401, s.apiReply)           // any logged-in user
	api.Patch("/posts/:id", s.apiLogin401, s.apiEditPost)               // author or staff
	api.Delete("/posts/:id", s.apiLogin401, s.apiDeletePost)            // author or staff
	api.Post("/posts/:id/reports", s.apiLogin401, s.apiReport)          // any logged-in user
	api.Post("/posts/:id/reactions", s.apiLogin401, s.apiReact)         // toggle strength, me_too, thanks, celebrate
	api.Post("/users/:handle/block", s.apiLogin401, s.apiBlock)         // hide a member's posts from me
	api.Delete("/users/:handle/block", s.apiLogin401, s.apiBlock)
	api.Get("/notifications", s.apiLogin401, s.apiNotifications)              // own notifications
	api.Get("/me", s.apiLogin401, s.apiMe)                                    // own account
	api.Get("/me/safety-plan", s.apiLogin401, s.apiSafetyPlan)                // own plan only
	api.Put("/me/safety-plan", s.apiLogin401, s.apiSaveSafetyPlan)            // own plan only
	api.Get("/me/export", s.apiLogin401, s.apiExport)                         // all own data
	api.Delete("/me", s.apiLogin401, s.apiDeleteMe)                           // erase own account
	api.Get("/mod/queue", s.apiLogin401, staff, s.apiModQueue)                // moderators and admins
	api.Post("/mod/queue/:id/claim", s.apiLogin401, staff, s.apiModClaim)     // 409 when someone else holds it
	api.Post("/mod/queue/:id/resolve", s.apiLogin401, staff, s.apiModResolve) // 409 on a lost race
	api.Get("/trends", s.apiLogin401, s.apiTrends)                            // clinicians and admins (checked in the service); 403 for others
	api.Use(func(c *fiber.Ctx) error { return models.ErrNotFound })

	// HTML pages: cookie session, CSRF on every POST.
	web := a.Group("", s.loadSession, s.checkCSRF)
	web.Get("/", anyone, s.index)                            // forum list
	web.Get("/help", anyone, s.help)                         // crisis resources; works with the database down
	web.Get("/search", anyone, s.searchPage)                 // posts the visitor may read
	web.Get("/f/:slug", anyone, s.forumPage)                 // a forum's threads (members forums need login)
	web.Get("/t/:id", anyone, s.threadPage)                  // a thread (its forum's visibility applies)
	web.Get("/login", anyone, s.loginForm)                   // log-in form
	web.Post("/login", anyone, s.login)                      // log in, rotating the session
	web.Get("/register", anyone, s.registerForm)             // sign-up form
	web.Post("/register", anyone, s.register)                // create a peer account
	web.Post("/logout", s.requireLogin, s.logout)            // log out (POST only)
	web.Get("/f/:slug/new", s.requireLogin, s.newThreadForm) // any logged-in user
	web.Post("/f/:slug/threads", s.requireLogin, s.createThread)
	web.Get("/t/:id/reply", s.requireLogin, s.replyForm) // reply to the thread or to ?to=post
	web.Post("/t/:id/posts", s.requireLogin, s.reply)
	web.Get("/p/:id/edit", s.requireLogin, s.editForm) // author or staff
	web.Post("/p/:id/edit", s.requireLogin, s.edit)
	web.Post("/p/:id/delete", s.requireLogin, s.deletePost) // author or staff
	web.Get("/p/:id/report", s.requireLogin, s.reportForm)  // any logged-in user
	web.Post("/p/:id/report", s.requireLogin, s.report)
	web.Post("/p/:id/react", s.requireLogin, s.formReact)          // toggle a reaction
	web.Post("/u/:handle/block", s.requireLogin, s.formBlock)      // block or (undo=1) unblock
	web.Get("/notifications", s.requireLogin, s.notificationsPage) // own notifications
	web.Get("/support/:id", s.requireLogin, s.supportPage)         // the post's author only
	web.Get("/me/safety-plan", s.requireLogin, s.safetyPlanForm)   // own plan only
	web.Post("/me/safety-plan", s.requireLogin, s.saveSafetyPlan)
	web.Post("/me/region", s.requireLogin, s.setRegion)             // which hotlines to show first
	web.Get("/mod", s.requireLogin, staff, s.modPage)               // moderators and admins
	web.Get("/mod/items/:id", s.requireLogin, staff, s.modItemPage) // one item, its post and actions
	web.Post("/mod/items/:id/claim", s.requireLogin, staff, s.modClaim)
	web.Post("/mod/items/:id/resolve", s.requireLogin, staff, s.modResolve)
	web.Post("/mod/items/:id/release", s.requireLogin, staff, s.modRelease)
	web.Get("/mod/log", s.requireLogin, staff, s.modLog)                  // the audit log
	web.Get("/mod/events", s.requireLogin, staff, s.modEvents)            // live queue alerts (SSE)
	web.Post("/mod/users/:id/notes", s.requireLogin, staff, s.addModNote) // private notes on a member
	web.Post("/mod/bulk", s.requireLogin, staff, s.modBulk)               // remove several spam items
	web.Get("/trends", s.requireLogin, clinician, s.trendsPage)           // clinicians and admins
	web.Get("/trends.csv", s.requireLogin, clinician, s.trendsCSV)        // exactly what the page shows
	web.Get("/admin", s.requireLogin, admin, s.adminPage)                 // admins
	web.Post("/admin/roles", s.requireLogin, admin, s.adminSetRole)
	web.Post("/admin/forums", s.requireLogin, admin, s.adminCreateForum)
	web.Post("/admin/forums/approval", s.requireLogin, admin, s.adminForumApproval)     // hold new members' first posts
	web.Post("/admin/moderators/forums", s.requireLogin, admin, s.adminModeratorForums) // limit a moderator to forums
	web.Get("/admin/lexicon", s.requireLogin, admin, s.lexiconPage)                     // additions, and a test box
	web.Post("/admin/lexicon", s.requireLogin, admin, s.addLexiconTerm)
	web.Post("/admin/lexicon/test", s.requireLogin, admin, s.testLexicon)
	web.Post("/admin/lexicon/:id/delete", s.requireLogin, admin, s.removeLexiconTerm)
	web.Use(func(c *fiber.Ctx) error { return models.ErrNotFound })
}
