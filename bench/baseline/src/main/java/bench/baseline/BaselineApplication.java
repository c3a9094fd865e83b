package bench.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The load benchmark's baseline: a Fortunes page (as in the TechEmpower benchmarks) on
 * the portal's stack. One indexed query of 12 rows from {@code baseline.fortune} in the
 * benchmark's database, one row added in memory, sorted, rendered by a plain Thymeleaf
 * template. Its throughput is the ceiling the portal's pages are compared with.
 */
@SpringBootApplication
public class BaselineApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

	record Fortune(int id, String message) {

	}

	@Controller
	static class FortunesController {

		private final JdbcTemplate jdbc;

		FortunesController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/fortunes")
		String fortunes(Model model) {
			List<Fortune> fortunes = new ArrayList<>(
					this.jdbc.query("select id, message from baseline.fortune where id between ? and ?",
							(rs, row) -> new Fortune(rs.getInt("id"), rs.getString("message")), 1, 12));
			fortunes.add(new Fortune(0, "Additional fortune added at request time."));
			fortunes.sort(Comparator.comparing(Fortune::message));
			model.addAttribute("fortunes", fortunes);
			return "fortunes";
		}

	}

}
