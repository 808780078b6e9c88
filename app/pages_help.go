package app

import (
	"github.com/gofiber/fiber/v2"

	"haven/app/resources"
)

// visitorRegion is the region whose hotlines are shown first: an explicit
// ?region=, then the profile, then Accept-Language, then US.
func visitorRegion(c *fiber.Ctx) string {
	if r := c.Query("region"); resources.ValidCode(r) && resources.Known(r) {
		return r
	}
	if u := currentUser(c); u != nil && resources.Known(u.Region) {
		return u.Region
	}
	return resources.RegionFromAcceptLanguage(c.Get(fiber.HeaderAcceptLanguage))
}

// help lists crisis resources. It reads no database, so it answers even
// when everything else is down.
func (s *Server) help(c *fiber.Ctx) error {
	region := visitorRegion(c)
	data := s.pageData(c, "Need help now?")
	data["Region"] = region
	data["Regions"] = resources.All(region)
	data["International"] = resources.International
	data["VerifiedOn"] = resources.VerifiedOn
	return s.render(c, fiber.StatusOK, "help", data)
}
