package com.interconnect.portal.catalog.web;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.domain.CatalogService;
import com.interconnect.portal.catalog.domain.PriceBook;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Price Book: monthly port prices of every location and VXC band prices, in a
 * currency the reader chooses ({@code ?currency=AUD}; USD by default).
 */
@Controller
@RequestMapping("/catalog/prices")
class PriceBookController {

	private final CatalogService catalog;

	PriceBookController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String priceBook(@RequestParam(name = "currency", required = false) String currency, Model model) {
		PriceBook priceBook;
		try {
			priceBook = this.catalog.priceBook((currency != null) ? currency : Catalog.DEFAULT_CURRENCY);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("failure", ex.getMessage() + " Showing " + Catalog.DEFAULT_CURRENCY + ".");
			priceBook = this.catalog.priceBook(Catalog.DEFAULT_CURRENCY);
		}
		model.addAttribute("priceBook", priceBook);
		return "catalog/prices";
	}

}
