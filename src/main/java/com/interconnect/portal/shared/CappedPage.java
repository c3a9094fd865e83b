package com.interconnect.portal.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list too long to count on every view (a company with 200,000 services): the
 * count stops {@link #LOOK_AHEAD} rows past the page's first row, so a view costs the
 * same whatever the list's length. {@link #isCapped()} tells that there are at least that
 * many more, and the pager says Page 1 of 50+.
 */
public final class CappedPage<T> extends PageImpl<T> {

	/** How many rows past the page's first row are counted at most. */
	public static final int LOOK_AHEAD = 1000;

	private final boolean capped;

	private CappedPage(List<T> content, Pageable pageable, long total, boolean capped) {
		super(content, pageable, total);
		this.capped = capped;
	}

	/**
	 * The page, given its rows and the list's count taken with {@code limit}
	 * {@link #countLimit(Pageable)}.
	 */
	public static <T> CappedPage<T> of(List<T> content, Pageable pageable, long limitedCount) {
		long limit = countLimit(pageable);
		boolean capped = limitedCount >= limit;
		return new CappedPage<>(content, pageable, capped ? limit - 1 : limitedCount, capped);
	}

	/** The {@code limit} of the count query: one row more than is counted. */
	public static long countLimit(Pageable pageable) {
		return pageable.getOffset() + LOOK_AHEAD + 1;
	}

	/**
	 * The count stopped early: the list has more than {@link #getTotalElements()} rows.
	 */
	public boolean isCapped() {
		return this.capped;
	}

	@Override
	public <U> Page<U> map(Function<? super T, ? extends U> converter) {
		return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
				this.capped);
	}

}
