package app

import (
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"haven/app/resources"
	"haven/models"
)

// supportPage is what an author sees right after posting words that
// suggest they may be in crisis: calm, their own safety plan first when
// they have one, then hotlines for their region, then the way back to
// their post. Only the author can open it.
func (s *Server) supportPage(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	p, err := s.store.PostByID(c.UserContext(), id)
	if err != nil {
		return err
	}
	u := currentUser(c)
	if p.AuthorID == nil || *p.AuthorID != u.ID {
		return models.ErrNotFound
	}
	plan, err := s.store.SafetyPlanFor(c.UserContext(), u.ID)
	if err != nil {
		return err
	}
	region := visitorRegion(c)
	data := s.pageData(c, "You are not alone")
	data["Post"] = p
	data["Plan"] = plan
	data["HasPlan"] = !plan.Empty()
	data["Region"] = region
	data["Resources"] = resources.For(region)
	data["Regions"] = resources.All(region)
	data["ModsIdle"] = s.moderatorsIdle()
	return s.render(c, fiber.StatusOK, "support", data)
}

// safetyPlanForm shows the private safety plan editor.
func (s *Server) safetyPlanForm(c *fiber.Ctx) error {
	plan, err := s.store.SafetyPlanFor(c.UserContext(), currentUser(c).ID)
	if err != nil {
		return err
	}
	return s.safetyPlanPage(c, fiber.StatusOK, plan, nil)
}

func (s *Server) safetyPlanPage(c *fiber.Ctx, status int, plan *models.SafetyPlan, errs map[string]string) error {
	data := s.pageData(c, "My safety plan")
	data["Plan"] = plan
	data["Errors"] = errs
	data["Saved"] = c.Query("saved") == "1"
	return s.render(c, status, "safety_plan", data)
}

// safetyPlanMax bounds each field of a safety plan.
const safetyPlanMax = 5000

func validSafetyPlan(p *models.SafetyPlan) map[string]string {
	errs := map[string]string{}
	for field, v := range map[string]string{"reasons": p.Reasons, "people": p.People, "steps": p.Steps} {
		if !utf8.ValidString(v) || utf8.RuneCountInString(v) > safetyPlanMax {
			errs[field] = "Please keep this part under 5,000 characters."
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// saveSafetyPlan stores the plan; it is only ever shown to its owner.
func (s *Server) saveSafetyPlan(c *fiber.Ctx) error {
	u := currentUser(c)
	plan := &models.SafetyPlan{UserID: u.ID, Reasons: strings.TrimSpace(c.FormValue("reasons")),
		People: strings.TrimSpace(c.FormValue("people")), Steps: strings.TrimSpace(c.FormValue("steps"))}
	if errs := validSafetyPlan(plan); errs != nil {
		return s.safetyPlanPage(c, fiber.StatusUnprocessableEntity, plan, errs)
	}
	if err := s.store.SaveSafetyPlan(c.UserContext(), plan); err != nil {
		return err
	}
	return c.Redirect("/me/safety-plan?saved=1", fiber.StatusSeeOther)
}

// setRegion remembers which country's hotlines to show first.
func (s *Server) setRegion(c *fiber.Ctx) error {
	region := strings.ToUpper(c.FormValue("region"))
	if !resources.Known(region) {
		return models.Invalid("region", "Please choose a country from the list.")
	}
	if err := s.store.SetUserRegion(c.UserContext(), currentUser(c).ID, region); err != nil {
		return err
	}
	return c.Redirect(safeNext(c.FormValue("next")), fiber.StatusSeeOther)
}
