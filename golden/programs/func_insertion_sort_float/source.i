# 1 "func_insertion_sort_float.sy"
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
# 1 "func_insertion_sort_float.sy" 2

float vals[20] = {3.5, -1.25, 0.0, 9.75, 2.5, -7.0, 1e-2, 0x1.8p3, 4.0, -0.5,
                  6.25, 3.5, 100.0, -100.0, 0.125, 2.0, 8.5, -3.75, 5.0, 1.0};

float key(float x) {
  if (x < 0) return -x;
  return x;
}

void isort(float a[], int n, int by_abs) {
  int i = 1;
  while (i < n) {
    float v = a[i];
    int j = i - 1;
    if (by_abs) {
      while (j >= 0 && key(a[j]) > key(v)) {
        a[j + 1] = a[j];
        j = j - 1;
      }
    } else {
      while (j >= 0 && a[j] < v) {
        a[j + 1] = a[j];
        j = j - 1;
      }
    }
    a[j + 1] = v;
    i = i + 1;
  }
}

int main() {
  isort(vals, 20, 0);
  putfarray(20, vals);
  isort(vals, 20, 1);
  putfarray(20, vals);
  float s = 0;
  int i = 0;
  while (i < 20) {
    s = s + vals[i] * (i + 1);
    i = i + 1;
  }
  putfloat(s);
  putch(10);
  int r = s;
  return r % 256;
}
