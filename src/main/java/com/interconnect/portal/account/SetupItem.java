package com.interconnect.portal.account;

import java.util.function.Predicate;

import com.interconnect.portal.shared.CurrentUser;

/**
 * One item of a company's setup checklist (product.md §5), contributed by the module that
 * owns it.
 *
 * @param name what is needed, e.g. "Technical support details"
 * @param done whether the company has it
 * @param fixUrl where a user who may fix it goes
 * @param whoCanFix who can, for the users who can't, e.g. "a Company Admin of Acme
 * Direct"
 * @param canFix whether a given user may fix it
 */
public record SetupItem(String name, boolean done, String fixUrl, String whoCanFix, Predicate<CurrentUser> canFix) {

}
