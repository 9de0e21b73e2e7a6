/* The SysY runtime library: the only functions a SysY program may call.
 * Every test program is preprocessed with `-include sylib.h`, so these
 * declarations precede the program's own tokens in the T1 input. */
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
