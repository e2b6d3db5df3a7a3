package main

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return e.Msg }

type stringer interface{ String() string }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

func find(x int) (int, error) {
	if x < 0 {
		return 0, &MyErr{42, "negative"}
	}
	return x * 2, nil
}

func main() {
	v, err := find(3)
	println(v, err == nil)
	_, err = find(-1)
	if err != nil {
		println("error:", err.Error())
		if me, ok := err.(*MyErr); ok {
			println(me.Code)
		}
	}
	var s stringer = Color(1)
	println(s.String())
	for c := Color(0); c < 3; c++ {
		var x interface{} = c
		println(x.(stringer).String())
	}
}
