// nbody.go: the n-body benchmark (benchmarks-game style): a symplectic
// integrator for the Jovian planets. Float64 arithmetic on a slice of structs.
//
// No imports are available, so sqrt is a pure-Go function (sqrt below): a
// power-of-four scaling and Newton's method. Every compiler compiles the same source, so the comparison is fair,
// but the cost profile differs from the original benchmark (which uses
// math.Sqrt, a single SQRTSD/FSQRT with gc): here sqrt's divisions dominate.
package main

const (
	steps       = 2500000
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

// sqrt returns the square root of x (x > 0, finite) to within an ulp or so:
// scale x into [1, 4) by powers of four, start from the chord (1+y)/2 (at most
// 25% high) and take five Newton steps (error 25% -> 3% -> 4e-4 -> 1e-7 ->
// 5e-15 -> rounding). Only IEEE +, *, / are used, so every compiler that does
// not contract a*b+c into an FMA computes the same bits.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	s := 1.0
	y := x
	for y >= 4 {
		y *= 0.25
		s *= 2
	}
	for y < 1 {
		y *= 4
		s *= 0.5
	}
	g := s * 0.5 * (1 + y)
	g = 0.5 * (g + x/g)
	g = 0.5 * (g + x/g)
	g = 0.5 * (g + x/g)
	g = 0.5 * (g + x/g)
	g = 0.5 * (g + x/g)
	return g
}

func offsetMomentum(bodies []body) {
	var px, py, pz float64
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

func energy(bodies []body) float64 {
	e := 0.0
	for i := range bodies {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= (b.mass * b2.mass) / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []body, dt float64) {
	for i := range bodies {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			b.vx -= dx * b2.mass * mag
			b.vy -= dy * b2.mass * mag
			b.vz -= dz * b2.mass * mag
			b2.vx += dx * b.mass * mag
			b2.vy += dy * b.mass * mag
			b2.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bodies := []body{
		{0, 0, 0, 0, 0, 0, solarMass}, // sun
		{ // jupiter
			4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear, -6.90460016972063023e-05 * daysPerYear,
			9.54791938424326609e-04 * solarMass,
		},
		{ // saturn
			8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.30417297573763929e-05 * daysPerYear,
			2.85885980666130812e-04 * solarMass,
		},
		{ // uranus
			1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, -2.96589568540237556e-05 * daysPerYear,
			4.36624404335156298e-05 * solarMass,
		},
		{ // neptune
			1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear, -9.51592254519715870e-05 * daysPerYear,
			5.15138902046546730e-05 * solarMass,
		},
	}
	offsetMomentum(bodies)
	println(energy(bodies))
	for i := 0; i < steps; i++ {
		advance(bodies, 0.01)
	}
	println(energy(bodies))
}
