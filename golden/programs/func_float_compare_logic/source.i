# 1 "func_float_compare_logic.sy"
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
# 1 "func_float_compare_logic.sy" 2

float clamp(float x, float lo, float hi) {
  if (x < lo) return lo;
  if (x > hi) return hi;
  return x;
}

int sign(float x) {
  if (x > 0) return 1;
  else if (x < 0) return -1;
  return 0;
}

int in_unit_circle(float x, float y) {
  return x * x + y * y <= 1.0;
}

int main() {
  float xs[8] = {-1.5, -0.0, 0.0, 0.25, 1.0, 1.0000001, 3e-8, -7.75};
  int i = 0, code = 0;
  while (i < 8) {
    float x = xs[i];
    putint(sign(x));
    putch(32);
    putfloat(clamp(x, -1, 1));
    putch(32);
    putint(x == 0 || x >= 1);
    putint(x != x);
    putint(!x);
    putint(x && 1);
    putint(x <= 0.25 && x > -2);
    putch(10);
    code = code * 2 + (x >= 0);
    i = i + 1;
  }
  int inside = 0, n = 0;
  float step = 0.125;
  float y = -1;
  while (y <= 1) {
    float x = -1;
    while (x <= 1) {
      if (in_unit_circle(x, y)) inside = inside + 1;
      n = n + 1;
      x = x + step;
    }
    y = y + step;
  }
  putf("%d of %d\n", inside, n);
  float pi_est = 4.0 * inside / n;
  putfloat(pi_est); putch(10);
  if (pi_est > 2.9 && pi_est < 3.3) code = code + 1000;
  return code % 256;
}
