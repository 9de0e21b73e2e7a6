; ModuleID = 'func_float_series_pi.sy'
source_filename = "func_float_series_pi.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"e=%a pi=%a\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @leibniz(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store float 0.000000e+00, float* %3, align 4
  store float 1.000000e+00, float* %4, align 4
  store i32 0, i32* %5, align 4
  br label %6

6:                                                ; preds = %10, %1
  %7 = load i32, i32* %5, align 4
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %23

10:                                               ; preds = %6
  %11 = load float, float* %3, align 4
  %12 = load float, float* %4, align 4
  %13 = load i32, i32* %5, align 4
  %14 = mul nsw i32 2, %13
  %15 = add nsw i32 %14, 1
  %16 = sitofp i32 %15 to float
  %17 = fdiv float %12, %16
  %18 = fadd float %11, %17
  store float %18, float* %3, align 4
  %19 = load float, float* %4, align 4
  %20 = fneg float %19
  store float %20, float* %4, align 4
  %21 = load i32, i32* %5, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, i32* %5, align 4
  br label %6, !llvm.loop !6

23:                                               ; preds = %6
  %24 = load float, float* %3, align 4
  %25 = fmul float 4.000000e+00, %24
  ret float %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @leibniz_backward(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store float 0.000000e+00, float* %3, align 4
  %5 = load i32, i32* %2, align 4
  %6 = sub nsw i32 %5, 1
  store i32 %6, i32* %4, align 4
  br label %7

7:                                                ; preds = %34, %1
  %8 = load i32, i32* %4, align 4
  %9 = icmp sge i32 %8, 0
  br i1 %9, label %10, label %37

10:                                               ; preds = %7
  %11 = load i32, i32* %4, align 4
  %12 = srem i32 %11, 2
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %24

14:                                               ; preds = %10
  %15 = load float, float* %3, align 4
  %16 = fpext float %15 to double
  %17 = load i32, i32* %4, align 4
  %18 = mul nsw i32 2, %17
  %19 = add nsw i32 %18, 1
  %20 = sitofp i32 %19 to double
  %21 = fdiv double 1.000000e+00, %20
  %22 = fadd double %16, %21
  %23 = fptrunc double %22 to float
  store float %23, float* %3, align 4
  br label %34

24:                                               ; preds = %10
  %25 = load float, float* %3, align 4
  %26 = fpext float %25 to double
  %27 = load i32, i32* %4, align 4
  %28 = mul nsw i32 2, %27
  %29 = add nsw i32 %28, 1
  %30 = sitofp i32 %29 to double
  %31 = fdiv double 1.000000e+00, %30
  %32 = fsub double %26, %31
  %33 = fptrunc double %32 to float
  store float %33, float* %3, align 4
  br label %34

34:                                               ; preds = %24, %14
  %35 = load i32, i32* %4, align 4
  %36 = sub nsw i32 %35, 1
  store i32 %36, i32* %4, align 4
  br label %7, !llvm.loop !8

37:                                               ; preds = %7
  %38 = load float, float* %3, align 4
  %39 = fmul float %38, 4.000000e+00
  ret float %39
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @nilakantha(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store i32 %0, i32* %2, align 4
  store float 3.000000e+00, float* %3, align 4
  store i32 1, i32* %4, align 4
  store float 1.000000e+00, float* %5, align 4
  br label %7

7:                                                ; preds = %11, %1
  %8 = load i32, i32* %4, align 4
  %9 = load i32, i32* %2, align 4
  %10 = icmp sle i32 %8, %9
  br i1 %10, label %11, label %36

11:                                               ; preds = %7
  %12 = load i32, i32* %4, align 4
  %13 = sitofp i32 %12 to double
  %14 = fmul double 2.000000e+00, %13
  %15 = fptrunc double %14 to float
  store float %15, float* %6, align 4
  %16 = load float, float* %3, align 4
  %17 = fpext float %16 to double
  %18 = load float, float* %5, align 4
  %19 = fpext float %18 to double
  %20 = fmul double %19, 4.000000e+00
  %21 = load float, float* %6, align 4
  %22 = load float, float* %6, align 4
  %23 = fadd float %22, 1.000000e+00
  %24 = fmul float %21, %23
  %25 = load float, float* %6, align 4
  %26 = fadd float %25, 2.000000e+00
  %27 = fmul float %24, %26
  %28 = fpext float %27 to double
  %29 = fdiv double %20, %28
  %30 = fadd double %17, %29
  %31 = fptrunc double %30 to float
  store float %31, float* %3, align 4
  %32 = load float, float* %5, align 4
  %33 = fneg float %32
  store float %33, float* %5, align 4
  %34 = load i32, i32* %4, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, i32* %4, align 4
  br label %7, !llvm.loop !9

36:                                               ; preds = %7
  %37 = load float, float* %3, align 4
  ret float %37
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @euler_e(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store float 1.000000e+00, float* %3, align 4
  store float 1.000000e+00, float* %4, align 4
  store i32 1, i32* %5, align 4
  br label %6

6:                                                ; preds = %10, %1
  %7 = load i32, i32* %5, align 4
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %20

10:                                               ; preds = %6
  %11 = load float, float* %4, align 4
  %12 = load i32, i32* %5, align 4
  %13 = sitofp i32 %12 to float
  %14 = fdiv float %11, %13
  store float %14, float* %4, align 4
  %15 = load float, float* %3, align 4
  %16 = load float, float* %4, align 4
  %17 = fadd float %15, %16
  store float %17, float* %3, align 4
  %18 = load i32, i32* %5, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, i32* %5, align 4
  br label %6, !llvm.loop !10

20:                                               ; preds = %6
  %21 = load float, float* %3, align 4
  ret float %21
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 1000, i32* %2, align 4
  %8 = load i32, i32* %2, align 4
  %9 = call float @leibniz(i32 noundef %8)
  store float %9, float* %3, align 4
  %10 = load i32, i32* %2, align 4
  %11 = call float @leibniz_backward(i32 noundef %10)
  store float %11, float* %4, align 4
  %12 = call float @nilakantha(i32 noundef 50)
  store float %12, float* %5, align 4
  %13 = call float @euler_e(i32 noundef 15)
  store float %13, float* %6, align 4
  %14 = load float, float* %3, align 4
  call void @putfloat(float noundef %14)
  call void @putch(i32 noundef 10)
  %15 = load float, float* %4, align 4
  call void @putfloat(float noundef %15)
  call void @putch(i32 noundef 10)
  %16 = load float, float* %5, align 4
  call void @putfloat(float noundef %16)
  call void @putch(i32 noundef 10)
  %17 = load float, float* %6, align 4
  call void @putfloat(float noundef %17)
  call void @putch(i32 noundef 10)
  %18 = load float, float* %3, align 4
  %19 = load float, float* %4, align 4
  %20 = fsub float %18, %19
  call void @putfloat(float noundef %20)
  call void @putch(i32 noundef 10)
  %21 = load float, float* %6, align 4
  %22 = fpext float %21 to double
  %23 = load float, float* %5, align 4
  %24 = fpext float %23 to double
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([12 x i8], [12 x i8]* @.str, i64 0, i64 0), double noundef %22, double noundef %24)
  %25 = load float, float* %5, align 4
  %26 = fmul float %25, 1.000000e+04
  %27 = fptosi float %26 to i32
  store i32 %27, i32* %7, align 4
  %28 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %28)
  call void @putch(i32 noundef 10)
  %29 = load i32, i32* %7, align 4
  %30 = srem i32 %29, 256
  ret i32 %30
}

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putf(i8* noundef, ...) #1

declare void @putint(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
