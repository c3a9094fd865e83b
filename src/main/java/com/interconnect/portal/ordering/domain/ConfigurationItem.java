package com.interconnect.portal.ordering.domain;

import java.time.Instant;
import java.util.UUID;

import com.interconnect.portal.ordering.ServiceKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A designed port or VXC of a saved configuration. A VXC end is a port item of the same
 * configuration or one of the company's existing ports.
 */
@Entity
class ConfigurationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long configurationId;

	@Enumerated(EnumType.STRING)
	private ServiceKind kind;

	private String name;

	private Long locationId;

	private Integer speedGbps;

	private Integer termMonths;

	private Long aEndItemId;

	private Long aEndServiceId;

	private Long bEndItemId;

	private Long bEndServiceId;

	private Integer rateLimitMbps;

	private Integer aVlan;

	private Integer bVlan;

	private Instant createdAt;

	private UUID serviceKey;

	protected ConfigurationItem() {
	}

	private ConfigurationItem(long configurationId, ServiceKind kind, Instant now) {
		this.configurationId = configurationId;
		this.kind = kind;
		this.createdAt = now;
	}

	static ConfigurationItem port(long configurationId, PortDesign design, Instant now) {
		ConfigurationItem item = new ConfigurationItem(configurationId, ServiceKind.PORT, now);
		item.update(design);
		return item;
	}

	static ConfigurationItem vxc(long configurationId, VxcDesign design, PortRef aEnd, PortRef bEnd, Instant now) {
		ConfigurationItem item = new ConfigurationItem(configurationId, ServiceKind.VXC, now);
		item.update(design, aEnd, bEnd);
		return item;
	}

	void update(PortDesign design) {
		requireKind(ServiceKind.PORT);
		this.name = design.name().strip();
		this.locationId = design.locationId();
		this.speedGbps = design.speed().gbps();
		this.termMonths = design.term().months();
	}

	void update(VxcDesign design, PortRef aEnd, PortRef bEnd) {
		requireKind(ServiceKind.VXC);
		this.name = design.name().strip();
		this.aEndItemId = aEnd.itemId();
		this.aEndServiceId = aEnd.serviceId();
		this.bEndItemId = bEnd.itemId();
		this.bEndServiceId = bEnd.serviceId();
		this.rateLimitMbps = design.rateLimitMbps();
		this.aVlan = design.aVlan();
		this.bVlan = design.bVlan();
		this.serviceKey = (design.serviceKey() != null) ? UUID.fromString(design.serviceKey().strip()) : null;
	}

	/** The service key the VXC's B-end was opened with, or null. */
	String serviceKey() {
		return (this.serviceKey != null) ? this.serviceKey.toString() : null;
	}

	private void requireKind(ServiceKind expected) {
		if (this.kind != expected) {
			throw new IllegalStateException(this.kind.label() + " " + this.name + " is not a " + expected.label());
		}
	}

	boolean isPort() {
		return this.kind == ServiceKind.PORT;
	}

	/** Whether this VXC has an end on the port. */
	boolean endsOn(PortRef port) {
		return !isPort() && (aEnd().equals(port) || bEnd().equals(port));
	}

	/** The VLAN this VXC uses on the port, or null when it has no end there. */
	Integer vlanOn(PortRef port) {
		if (isPort()) {
			return null;
		}
		return aEnd().equals(port) ? this.aVlan : bEnd().equals(port) ? this.bVlan : null;
	}

	PortRef aEnd() {
		return PortRef.of(this.aEndItemId, this.aEndServiceId);
	}

	PortRef bEnd() {
		return PortRef.of(this.bEndItemId, this.bEndServiceId);
	}

	/** This port item as a VXC end. */
	PortRef asPortRef() {
		requireKind(ServiceKind.PORT);
		return PortRef.item(this.id);
	}

	Long id() {
		return this.id;
	}

	long configurationId() {
		return this.configurationId;
	}

	ServiceKind kind() {
		return this.kind;
	}

	String name() {
		return this.name;
	}

	Long locationId() {
		return this.locationId;
	}

	Integer speedGbps() {
		return this.speedGbps;
	}

	Integer termMonths() {
		return this.termMonths;
	}

	Integer rateLimitMbps() {
		return this.rateLimitMbps;
	}

	Integer aVlan() {
		return this.aVlan;
	}

	Integer bVlan() {
		return this.bVlan;
	}

}
