# 1 "func_nested_if_else_grade.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_nested_if_else_grade.sy" 2

int grade(int score) {
  if (score >= 90) {
    if (score >= 97) return 1;
    else if (score >= 93) return 2;
    else return 3;
  } else if (score >= 80) {
    if (score >= 87) return 4;
    else {
      if (score >= 83) return 5;
      else return 6;
    }
  } else if (score >= 60)
    return 7;
  else
    return 8;
}

int quadrant(int x, int y) {
  if (x == 0 || y == 0) {
    if (x == 0 && y == 0) return 0;
    else if (x == 0) return 5;
    else return 6;
  }
  if (x > 0)
    if (y > 0) return 1;
    else return 4;
  else if (y > 0) return 2;
  else return 3;
}

int triangle_kind(int a, int b, int c) {
  if (a + b <= c || a + c <= b || b + c <= a) return 0;
  if (a == b) {
    if (b == c) return 3;
    else return 2;
  } else {
    if (b == c || a == c) return 2;
    else {
      if (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a)
        return 4;
      return 1;
    }
  }
}

int main() {
  int scores[12] = {100, 97, 95, 91, 89, 85, 81, 79, 60, 59, 0, 93};
  int i = 0, code = 0;
  while (i < 12) {
    putint(grade(scores[i]));
    code = code * 3 + grade(scores[i]);
    code = code % 1000;
    i = i + 1;
  }
  putch(10);
  putint(quadrant(3, 4)); putint(quadrant(-3, 4)); putint(quadrant(-3, -4));
  putint(quadrant(3, -4)); putint(quadrant(0, 0)); putint(quadrant(0, 2));
  putint(quadrant(2, 0)); putch(10);
  putint(triangle_kind(3, 4, 5)); putint(triangle_kind(2, 2, 2));
  putint(triangle_kind(2, 2, 3)); putint(triangle_kind(1, 2, 3));
  putint(triangle_kind(4, 5, 6)); putint(triangle_kind(5, 3, 4)); putch(10);
  return code;
}
