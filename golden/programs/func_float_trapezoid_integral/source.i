# 1 "func_float_trapezoid_integral.sy"
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
# 1 "func_float_trapezoid_integral.sy" 2

float f(int which, float x) {
  if (which == 0) return x * x;
  if (which == 1) return x * x * x - 2 * x + 1;
  return 1.0 / (1.0 + x * x);
}

float trapezoid(int which, float a, float b, int n) {
  float h = (b - a) / n;
  float s = (f(which, a) + f(which, b)) / 2;
  int i = 1;
  while (i < n) {
    s = s + f(which, a + i * h);
    i = i + 1;
  }
  return s * h;
}

float simpson(int which, float a, float b, int n) {
  float h = (b - a) / n;
  float s = f(which, a) + f(which, b);
  int i = 1;
  while (i < n) {
    if (i % 2 == 1) s = s + 4 * f(which, a + i * h);
    else s = s + 2 * f(which, a + i * h);
    i = i + 1;
  }
  return s * h / 3;
}

int main() {
  int which = 0, code = 0;
  while (which < 3) {
    float t = trapezoid(which, 0.0, 1.0, 64);
    float s = simpson(which, 0.0, 1.0, 64);
    putfloat(t); putch(32); putfloat(s); putch(10);
    code = code + s * 100;
    which = which + 1;
  }
  float pi = 4 * simpson(2, 0, 1, 128);
  putfloat(pi); putch(10);
  float wide = trapezoid(1, -2.5, 3.0, 100);
  putfloat(wide); putch(10);
  return code;
}
