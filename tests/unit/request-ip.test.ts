/** @jest-environment node */
import { requestIp, UNKNOWN_IP } from "@/lib/auth/request-ip";

const xff = (value: string) => new Headers({ "x-forwarded-for": value, "x-real-ip": "198.51.100.77" });

describe("client address for rate limits", () => {
  it("ignores forwarded headers unless proxies are trusted (TRUST_PROXY defaults to 0)", () => {
    expect(requestIp(xff("203.0.113.9"))).toBe(UNKNOWN_IP);
    expect(requestIp(xff("203.0.113.9"), 0)).toBe(UNKNOWN_IP);
    expect(requestIp({ "x-real-ip": "203.0.113.9" }, 0)).toBe(UNKNOWN_IP);
  });

  it("takes the entry the last trusted proxy added, not the client-written leftmost one", () => {
    // The client sent "10.9.9.9" itself; the one proxy appended the address it saw.
    expect(requestIp(xff("10.9.9.9, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(requestIp(xff("10.9.9.9, 203.0.113.9, 192.0.2.1"), 2)).toBe("203.0.113.9");
    expect(requestIp({ "x-forwarded-for": ["10.9.9.9", "203.0.113.9"] }, 1)).toBe("203.0.113.9");
    expect(requestIp(xff("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("keeps rotating client-written entries from changing the address", () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => requestIp(xff(`192.0.2.${i}, 203.0.113.9`), 1)));
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  it("accepts only an IP address of bounded length", () => {
    expect(requestIp(xff("1.2.3.4, not-an-ip"), 1)).toBe(UNKNOWN_IP);
    expect(requestIp(xff(`1.2.3.4, ${"1".repeat(100)}`), 1)).toBe(UNKNOWN_IP);
    expect(requestIp(xff(`${"9.9.9.9, ".repeat(500)}203.0.113.9`), 1)).toBe(UNKNOWN_IP);
    expect(requestIp(xff("<script>, "), 1)).toBe(UNKNOWN_IP);
    expect(requestIp(new Headers(), 1)).toBe(UNKNOWN_IP);
  });

  it("normalises what proxies write: ports, brackets, IPv4-mapped IPv6, case", () => {
    expect(requestIp(xff("203.0.113.9:54321"), 1)).toBe("203.0.113.9");
    expect(requestIp(xff("[2001:DB8::1]:443"), 1)).toBe("2001:db8::1");
    expect(requestIp(xff("::ffff:203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(requestIp(xff("2001:db8::2"), 1)).toBe("2001:db8::2");
  });
});
