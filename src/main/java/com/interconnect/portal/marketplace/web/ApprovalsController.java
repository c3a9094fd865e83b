package com.interconnect.portal.marketplace.web;

import java.util.function.Supplier;

import com.interconnect.portal.marketplace.ConnectionRequest;
import com.interconnect.portal.marketplace.domain.AlreadyDecidedException;
import com.interconnect.portal.marketplace.domain.ApprovalService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Approvals: requests to the company's ports with "Accept Request" and "Deny Request",
 * its own outgoing requests with "Withdraw", and the history of decided ones.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalsController {

	private final ApprovalService approvals;

	ApprovalsController(ApprovalService approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(defaultValue = "0") int incoming,
			@RequestParam(defaultValue = "0") int outgoing, @RequestParam(defaultValue = "0") int history,
			Model model) {
		model.addAttribute("approvals", this.approvals.page(actor, incoming, outgoing, history));
		return "marketplace/approvals";
	}

	@PostMapping("/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, RedirectAttributes redirect) {
		return decide(redirect, () -> this.approvals.accept(actor, id), "accepted");
	}

	@PostMapping("/{id}/deny")
	String deny(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decide(redirect, () -> this.approvals.deny(actor, id, reason), "denied");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, RedirectAttributes redirect) {
		return decide(redirect, () -> this.approvals.withdraw(actor, id), "withdrawn");
	}

	private static String decide(RedirectAttributes redirect, Supplier<ConnectionRequest> decision, String verb) {
		try {
			ConnectionRequest request = decision.get();
			redirect.addFlashAttribute("success", request.type().label() + " #" + request.approvalId() + " from "
					+ request.customerName() + " to " + request.bEndPort() + " is " + verb + ".");
		}
		catch (AlreadyDecidedException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", String.join(" ", ex.fieldErrors().values()));
		}
		return "redirect:/approvals";
	}

}
