; ModuleID = 'func_calendar_day_of_week.sy'
source_filename = "func_calendar_day_of_week.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"%d-%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@__const.main.dates = private unnamed_addr constant [6 x [3 x i32]] [[3 x i32] [i32 2000, i32 1, i32 1], [3 x i32] [i32 1969, i32 7, i32 20], [3 x i32] [i32 2024, i32 2, i32 29], [3 x i32] [i32 1900, i32 3, i32 1], [3 x i32] [i32 2022, i32 12, i32 25], [3 x i32] [i32 1582, i32 10, i32 15]], align 16
@.str.2 = private unnamed_addr constant [32 x i8] c"Friday the 13ths 1990-2029: %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @month_days(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  switch i32 %1, label %13 [
    i32 2, label %3
    i32 11, label %14
    i32 9, label %14
    i32 6, label %14
    i32 4, label %14
  ]

3:                                                ; preds = %2
  %4 = and i32 %0, 3
  %5 = icmp eq i32 %4, 0
  %6 = srem i32 %0, 100
  %7 = icmp ne i32 %6, 0
  %8 = and i1 %5, %7
  %9 = srem i32 %0, 400
  %10 = icmp eq i32 %9, 0
  %11 = or i1 %10, %8
  %12 = select i1 %11, i32 29, i32 28
  br label %14

13:                                               ; preds = %2
  br label %14

14:                                               ; preds = %3, %2, %2, %2, %2, %13
  %15 = phi i32 [ 31, %13 ], [ %12, %3 ], [ 30, %2 ], [ 30, %2 ], [ 30, %2 ], [ 30, %2 ]
  ret i32 %15
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @zeller(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp slt i32 %1, 3
  %5 = add nsw i32 %1, 12
  %6 = select i1 %4, i32 %5, i32 %1
  %7 = sext i1 %4 to i32
  %8 = add nsw i32 %7, %0
  %9 = srem i32 %8, 100
  %10 = sdiv i32 %8, 100
  %11 = mul i32 %6, 13
  %12 = add i32 %11, 13
  %13 = sdiv i32 %12, 5
  %14 = trunc i32 %9 to i8
  %15 = sdiv i8 %14, 4
  %16 = sext i8 %15 to i32
  %17 = sdiv i32 %8, 400
  %18 = mul nsw i32 %10, 5
  %19 = add i32 %9, %2
  %20 = add i32 %19, %17
  %21 = add i32 %20, %13
  %22 = add i32 %21, %18
  %23 = add i32 %22, %16
  %24 = srem i32 %23, 7
  ret i32 %24
}

; Function Attrs: nounwind uwtable
define dso_local void @print_month(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str, i64 0, i64 0), i32 noundef %0, i32 noundef %1) #3
  %3 = icmp slt i32 %1, 3
  %4 = add nsw i32 %1, 12
  %5 = select i1 %3, i32 %4, i32 %1
  %6 = sext i1 %3 to i32
  %7 = add nsw i32 %6, %0
  %8 = srem i32 %7, 100
  %9 = sdiv i32 %7, 100
  %10 = mul i32 %5, 13
  %11 = add i32 %10, 13
  %12 = sdiv i32 %11, 5
  %13 = trunc i32 %8 to i8
  %14 = sdiv i8 %13, 4
  %15 = sext i8 %14 to i32
  %16 = sdiv i32 %7, 400
  %17 = mul nsw i32 %9, 5
  %18 = add nsw i32 %8, 1
  %19 = add nsw i32 %18, %16
  %20 = add nsw i32 %19, %12
  %21 = add nsw i32 %20, %17
  %22 = add nsw i32 %21, %15
  %23 = srem i32 %22, 7
  %24 = trunc i32 %23 to i8
  %25 = add nsw i8 %24, 6
  %26 = urem i8 %25, 7
  %27 = zext i8 %26 to i32
  %28 = icmp eq i8 %26, 0
  br i1 %28, label %29, label %39

29:                                               ; preds = %39, %2
  %30 = and i32 %0, 3
  %31 = icmp eq i32 %30, 0
  %32 = srem i32 %0, 100
  %33 = icmp ne i32 %32, 0
  %34 = and i1 %31, %33
  %35 = srem i32 %0, 400
  %36 = icmp eq i32 %35, 0
  %37 = or i1 %36, %34
  %38 = select i1 %37, i32 29, i32 28
  br label %43

39:                                               ; preds = %2, %39
  %40 = phi i32 [ %41, %39 ], [ 0, %2 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0)) #3
  %41 = add nuw nsw i32 %40, 1
  %42 = icmp eq i32 %41, %27
  br i1 %42, label %29, label %39, !llvm.loop !5

43:                                               ; preds = %29, %58
  %44 = phi i32 [ %59, %58 ], [ 1, %29 ]
  switch i32 %1, label %46 [
    i32 2, label %45
    i32 11, label %47
    i32 9, label %47
    i32 6, label %47
    i32 4, label %47
  ]

45:                                               ; preds = %43
  br label %47

46:                                               ; preds = %43
  br label %47

47:                                               ; preds = %43, %43, %43, %43, %45, %46
  %48 = phi i32 [ 31, %46 ], [ %38, %45 ], [ 30, %43 ], [ 30, %43 ], [ 30, %43 ], [ 30, %43 ]
  %49 = icmp ugt i32 %44, %48
  br i1 %49, label %60, label %50

50:                                               ; preds = %47
  %51 = icmp ult i32 %44, 10
  br i1 %51, label %52, label %53

52:                                               ; preds = %50
  tail call void @putch(i32 noundef 32) #3
  br label %53

53:                                               ; preds = %52, %50
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef %44) #3
  %54 = add nuw nsw i32 %44, %27
  %55 = urem i32 %54, 7
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %58

57:                                               ; preds = %53
  tail call void @putch(i32 noundef 10) #3
  br label %58

58:                                               ; preds = %57, %53
  %59 = add nuw nsw i32 %44, 1
  br label %43, !llvm.loop !7

60:                                               ; preds = %47
  %61 = add nuw nsw i32 %44, %27
  %62 = add nsw i32 %61, -1
  %63 = srem i32 %62, 7
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %66, label %65

65:                                               ; preds = %60
  tail call void @putch(i32 noundef 10) #3
  br label %66

66:                                               ; preds = %65, %60
  ret void
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %31, %1 ]
  %3 = getelementptr inbounds [6 x [3 x i32]], [6 x [3 x i32]]* @__const.main.dates, i64 0, i64 %2, i64 0
  %4 = load i32, i32* %3, align 4, !tbaa !8
  %5 = getelementptr inbounds [6 x [3 x i32]], [6 x [3 x i32]]* @__const.main.dates, i64 0, i64 %2, i64 1
  %6 = load i32, i32* %5, align 4, !tbaa !8
  %7 = getelementptr inbounds [6 x [3 x i32]], [6 x [3 x i32]]* @__const.main.dates, i64 0, i64 %2, i64 2
  %8 = load i32, i32* %7, align 4, !tbaa !8
  %9 = and i64 %2, 2147483645
  %10 = icmp eq i64 %9, 0
  %11 = add nsw i32 %6, 12
  %12 = select i1 %10, i32 %11, i32 %6
  %13 = sext i1 %10 to i32
  %14 = add nsw i32 %4, %13
  %15 = srem i32 %14, 100
  %16 = sdiv i32 %14, 100
  %17 = mul i32 %12, 13
  %18 = add i32 %17, 13
  %19 = sdiv i32 %18, 5
  %20 = trunc i32 %15 to i8
  %21 = sdiv i8 %20, 4
  %22 = sext i8 %21 to i32
  %23 = sdiv i32 %14, 400
  %24 = mul nsw i32 %16, 5
  %25 = add i32 %15, %8
  %26 = add i32 %25, %23
  %27 = add i32 %26, %24
  %28 = add i32 %27, %22
  %29 = add i32 %28, %19
  %30 = srem i32 %29, 7
  tail call void @putint(i32 noundef %30) #3
  tail call void @putch(i32 noundef 32) #3
  %31 = add nuw nsw i64 %2, 1
  %32 = icmp eq i64 %31, 6
  br i1 %32, label %33, label %1, !llvm.loop !12

33:                                               ; preds = %1
  tail call void @putch(i32 noundef 10) #3
  tail call void @print_month(i32 noundef 2024, i32 noundef 2)
  tail call void @print_month(i32 noundef 2023, i32 noundef 9)
  br label %34

34:                                               ; preds = %33, %68
  %35 = phi i32 [ 1990, %33 ], [ %69, %68 ]
  %36 = phi i32 [ 0, %33 ], [ %65, %68 ]
  br label %37

37:                                               ; preds = %34, %37
  %38 = phi i32 [ 1, %34 ], [ %66, %37 ]
  %39 = phi i32 [ %36, %34 ], [ %65, %37 ]
  %40 = icmp ult i32 %38, 3
  %41 = add nuw nsw i32 %38, 12
  %42 = select i1 %40, i32 %41, i32 %38
  %43 = sext i1 %40 to i32
  %44 = add nsw i32 %35, %43
  %45 = srem i32 %44, 100
  %46 = sdiv i32 %44, 100
  %47 = trunc i32 %42 to i8
  %48 = mul i8 %47, 13
  %49 = add i8 %48, 13
  %50 = udiv i8 %49, 5
  %51 = zext i8 %50 to i32
  %52 = trunc i32 %45 to i8
  %53 = sdiv i8 %52, 4
  %54 = sext i8 %53 to i32
  %55 = sdiv i32 %44, 400
  %56 = mul nsw i32 %46, 5
  %57 = add nsw i32 %45, 13
  %58 = add nsw i32 %57, %55
  %59 = add nsw i32 %58, %56
  %60 = add nsw i32 %59, %51
  %61 = add nsw i32 %60, %54
  %62 = srem i32 %61, 7
  %63 = icmp eq i32 %62, 6
  %64 = zext i1 %63 to i32
  %65 = add nsw i32 %39, %64
  %66 = add nuw nsw i32 %38, 1
  %67 = icmp eq i32 %66, 13
  br i1 %67, label %68, label %37, !llvm.loop !13

68:                                               ; preds = %37
  %69 = add nuw nsw i32 %35, 1
  %70 = icmp eq i32 %69, 2030
  br i1 %70, label %71, label %34, !llvm.loop !14

71:                                               ; preds = %68
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([32 x i8], [32 x i8]* @.str.2, i64 0, i64 0), i32 noundef %65) #3
  ret i32 22
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
