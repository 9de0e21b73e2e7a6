# 1 "func_float_newton_sqrt.sy"
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
# 1 "func_float_newton_sqrt.sy" 2

float fabs_f(float x) {
  if (x < 0) return -x;
  return x;
}

float newton_sqrt(float v) {
  if (v == 0.0) return 0.0;
  float x = v;
  if (x < 1.0) x = 1.0;
  int iter = 0;
  while (iter < 40) {
    float nx = (x + v / x) / 2;
    if (fabs_f(nx - x) < 1e-6 * x) {
      x = nx;
      break;
    }
    x = nx;
    iter = iter + 1;
  }
  return x;
}

int main() {
  float values[6] = {2.0, 9.0, 0.25, 1e4, 0x1.8p1, 123.456};
  int i = 0;
  float total = 0.0;
  while (i < 6) {
    float r = newton_sqrt(values[i]);
    putfloat(values[i]);
    putch(32);
    putfloat(r);
    putch(10);
    total = total + r;
    i = i + 1;
  }
  putfloat(total);
  putch(10);
  putf("total=%a first=%a count=%d\n", total, values[0], i);
  int whole = total;
  return whole;
}
