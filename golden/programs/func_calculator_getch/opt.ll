; ModuleID = 'func_calculator_getch.sy'
source_filename = "func_calculator_getch.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ch = dso_local local_unnamed_addr global i32 0, align 4
@error = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [16 x i8] c"line %d: error\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"line %d: %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local void @next() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %3, %0
  %2 = tail call i32 @getch() #2
  store i32 %2, i32* @ch, align 4, !tbaa !5
  switch i32 %2, label %4 [
    i32 32, label %3
    i32 9, label %3
  ]

3:                                                ; preds = %1, %1
  br label %1, !llvm.loop !9

4:                                                ; preds = %1
  ret void
}

declare i32 @getch() local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @parse(i32 noundef %0) local_unnamed_addr #0 {
  switch i32 %0, label %44 [
    i32 0, label %2
    i32 1, label %17
  ]

2:                                                ; preds = %1
  %3 = tail call i32 @parse(i32 noundef 1)
  br label %4

4:                                                ; preds = %12, %2
  %5 = phi i32 [ %3, %2 ], [ %16, %12 ]
  %6 = load i32, i32* @ch, align 4, !tbaa !5
  %7 = icmp eq i32 %6, 43
  switch i32 %6, label %49 [
    i32 45, label %8
    i32 43, label %8
  ]

8:                                                ; preds = %4, %4
  br label %9

9:                                                ; preds = %11, %8
  %10 = tail call i32 @getch() #2
  store i32 %10, i32* @ch, align 4, !tbaa !5
  switch i32 %10, label %12 [
    i32 32, label %11
    i32 9, label %11
  ]

11:                                               ; preds = %9, %9
  br label %9, !llvm.loop !9

12:                                               ; preds = %9
  %13 = tail call i32 @parse(i32 noundef 1)
  %14 = sub i32 0, %13
  %15 = select i1 %7, i32 %13, i32 %14
  %16 = add i32 %15, %5
  br label %4, !llvm.loop !11

17:                                               ; preds = %1
  %18 = tail call i32 @parse(i32 noundef 2)
  br label %19

19:                                               ; preds = %33, %17
  %20 = phi i32 [ %18, %17 ], [ %34, %33 ]
  br label %21

21:                                               ; preds = %19, %37
  %22 = load i32, i32* @ch, align 4, !tbaa !5
  %23 = icmp eq i32 %22, 42
  switch i32 %22, label %49 [
    i32 47, label %24
    i32 42, label %24
    i32 37, label %24
  ]

24:                                               ; preds = %21, %21, %21
  br label %25

25:                                               ; preds = %27, %24
  %26 = tail call i32 @getch() #2
  store i32 %26, i32* @ch, align 4, !tbaa !5
  switch i32 %26, label %28 [
    i32 32, label %27
    i32 9, label %27
  ]

27:                                               ; preds = %25, %25
  br label %25, !llvm.loop !9

28:                                               ; preds = %25
  %29 = tail call i32 @parse(i32 noundef 2)
  br i1 %23, label %30, label %35

30:                                               ; preds = %28
  %31 = mul nsw i32 %29, %20
  %32 = srem i32 %31, 1000000
  br label %33

33:                                               ; preds = %30, %40, %42
  %34 = phi i32 [ %43, %42 ], [ %41, %40 ], [ %32, %30 ]
  br label %19, !llvm.loop !12

35:                                               ; preds = %28
  %36 = icmp eq i32 %29, 0
  br i1 %36, label %37, label %38

37:                                               ; preds = %35
  store i32 1, i32* @error, align 4, !tbaa !5
  br label %21, !llvm.loop !12

38:                                               ; preds = %35
  %39 = icmp eq i32 %22, 47
  br i1 %39, label %40, label %42

40:                                               ; preds = %38
  %41 = sdiv i32 %20, %29
  br label %33

42:                                               ; preds = %38
  %43 = srem i32 %20, %29
  br label %33

44:                                               ; preds = %1
  %45 = load i32, i32* @ch, align 4, !tbaa !5
  switch i32 %45, label %65 [
    i32 45, label %46
    i32 40, label %54
  ]

46:                                               ; preds = %44, %48
  %47 = tail call i32 @getch() #2
  store i32 %47, i32* @ch, align 4, !tbaa !5
  switch i32 %47, label %51 [
    i32 32, label %48
    i32 9, label %48
  ]

48:                                               ; preds = %46, %46
  br label %46, !llvm.loop !9

49:                                               ; preds = %21, %4, %61, %78, %82, %64, %51
  %50 = phi i32 [ %53, %51 ], [ 0, %82 ], [ %58, %64 ], [ %74, %78 ], [ %58, %61 ], [ %5, %4 ], [ %20, %21 ]
  ret i32 %50

51:                                               ; preds = %46
  %52 = tail call i32 @parse(i32 noundef 2)
  %53 = sub nsw i32 0, %52
  br label %49

54:                                               ; preds = %44, %56
  %55 = tail call i32 @getch() #2
  store i32 %55, i32* @ch, align 4, !tbaa !5
  switch i32 %55, label %57 [
    i32 32, label %56
    i32 9, label %56
  ]

56:                                               ; preds = %54, %54
  br label %54, !llvm.loop !9

57:                                               ; preds = %54
  %58 = tail call i32 @parse(i32 noundef 0)
  %59 = load i32, i32* @ch, align 4, !tbaa !5
  %60 = icmp eq i32 %59, 41
  br i1 %60, label %61, label %64

61:                                               ; preds = %57, %63
  %62 = tail call i32 @getch() #2
  store i32 %62, i32* @ch, align 4, !tbaa !5
  switch i32 %62, label %49 [
    i32 32, label %63
    i32 9, label %63
  ]

63:                                               ; preds = %61, %61
  br label %61, !llvm.loop !9

64:                                               ; preds = %57
  store i32 1, i32* @error, align 4, !tbaa !5
  br label %49

65:                                               ; preds = %44
  %66 = add i32 %45, -48
  %67 = icmp ult i32 %66, 10
  br i1 %67, label %68, label %82

68:                                               ; preds = %65, %68
  %69 = phi i32 [ %75, %68 ], [ %45, %65 ]
  %70 = phi i32 [ %74, %68 ], [ 0, %65 ]
  %71 = mul nsw i32 %70, 10
  %72 = add nsw i32 %69, -48
  %73 = add i32 %72, %71
  %74 = srem i32 %73, 1000000
  %75 = tail call i32 @getch() #2
  store i32 %75, i32* @ch, align 4, !tbaa !5
  %76 = add i32 %75, -48
  %77 = icmp ult i32 %76, 10
  br i1 %77, label %68, label %78, !llvm.loop !13

78:                                               ; preds = %68, %80
  %79 = phi i32 [ %81, %80 ], [ %75, %68 ]
  switch i32 %79, label %49 [
    i32 32, label %80
    i32 9, label %80
  ]

80:                                               ; preds = %78, %78
  %81 = tail call i32 @getch() #2
  store i32 %81, i32* @ch, align 4, !tbaa !5
  br label %78, !llvm.loop !14

82:                                               ; preds = %65
  store i32 1, i32* @error, align 4, !tbaa !5
  br label %49
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %3, %0
  %2 = tail call i32 @getch() #2
  store i32 %2, i32* @ch, align 4, !tbaa !5
  switch i32 %2, label %4 [
    i32 32, label %3
    i32 9, label %3
    i32 -1, label %32
  ]

3:                                                ; preds = %1, %1
  br label %1, !llvm.loop !9

4:                                                ; preds = %1, %29
  %5 = phi i32 [ %18, %29 ], [ 0, %1 ]
  %6 = phi i32 [ %23, %29 ], [ 0, %1 ]
  store i32 0, i32* @error, align 4, !tbaa !5
  %7 = tail call i32 @parse(i32 noundef 0)
  %8 = load i32, i32* @ch, align 4, !tbaa !5
  switch i32 %8, label %9 [
    i32 -1, label %10
    i32 10, label %10
  ]

9:                                                ; preds = %4
  store i32 1, i32* @error, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %4, %4, %9
  br label %11

11:                                               ; preds = %10, %13
  %12 = phi i32 [ %14, %13 ], [ %8, %10 ]
  switch i32 %12, label %13 [
    i32 -1, label %15
    i32 10, label %15
  ]

13:                                               ; preds = %11
  %14 = tail call i32 @getch() #2
  store i32 %14, i32* @ch, align 4, !tbaa !5
  br label %11, !llvm.loop !15

15:                                               ; preds = %11, %11
  %16 = load i32, i32* @error, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 0
  %18 = add nuw nsw i32 %5, 1
  br i1 %17, label %20, label %19

19:                                               ; preds = %15
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %18) #2
  br label %22

20:                                               ; preds = %15
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.1, i64 0, i64 0), i32 noundef %18, i32 noundef %7) #2
  %21 = add nsw i32 %7, %6
  br label %22

22:                                               ; preds = %20, %19
  %23 = phi i32 [ %21, %20 ], [ %6, %19 ]
  %24 = load i32, i32* @ch, align 4, !tbaa !5
  %25 = icmp eq i32 %24, 10
  br i1 %25, label %26, label %29

26:                                               ; preds = %22, %28
  %27 = tail call i32 @getch() #2
  store i32 %27, i32* @ch, align 4, !tbaa !5
  switch i32 %27, label %29 [
    i32 32, label %28
    i32 9, label %28
  ]

28:                                               ; preds = %26, %26
  br label %26, !llvm.loop !9

29:                                               ; preds = %26, %22
  %30 = phi i32 [ %24, %22 ], [ %27, %26 ]
  %31 = icmp eq i32 %30, -1
  br i1 %31, label %32, label %4, !llvm.loop !16

32:                                               ; preds = %1, %29
  %33 = phi i32 [ %23, %29 ], [ 0, %1 ]
  %34 = srem i32 %33, 256
  ret i32 %34
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
