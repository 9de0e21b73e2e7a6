; ModuleID = 'func_string_reverse_getch.sy'
source_filename = "func_string_reverse_getch.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@buf = dso_local local_unnamed_addr global [1024 x i32] zeroinitializer, align 16
@word = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [8 x i8] c"%c%c%c\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"letters=%d digits=%d lines=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @is_letter(i32 noundef %0) local_unnamed_addr #0 {
  %2 = and i32 %0, -33
  %3 = add i32 %2, -65
  %4 = icmp ult i32 %3, 26
  %5 = zext i1 %4 to i32
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @is_digit(i32 noundef %0) local_unnamed_addr #0 {
  %2 = add i32 %0, -48
  %3 = icmp ult i32 %2, 10
  %4 = zext i1 %3 to i32
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getch() #3
  %2 = icmp eq i32 %1, -1
  br i1 %2, label %5, label %10

3:                                                ; preds = %10
  %4 = trunc i64 %14 to i32
  br label %5

5:                                                ; preds = %3, %0
  %6 = phi i32 [ 0, %0 ], [ %4, %3 ]
  %7 = zext i32 %6 to i64
  %8 = add nuw nsw i32 %6, 1
  %9 = zext i32 %8 to i64
  br label %19

10:                                               ; preds = %0, %10
  %11 = phi i64 [ %14, %10 ], [ 0, %0 ]
  %12 = phi i32 [ %15, %10 ], [ %1, %0 ]
  %13 = getelementptr inbounds [1024 x i32], [1024 x i32]* @buf, i64 0, i64 %11
  store i32 %12, i32* %13, align 4, !tbaa !5
  %14 = add nuw nsw i64 %11, 1
  %15 = tail call i32 @getch() #3
  %16 = icmp ne i32 %15, -1
  %17 = icmp ult i64 %11, 1023
  %18 = select i1 %16, i1 %17, i1 false
  br i1 %18, label %10, label %3, !llvm.loop !9

19:                                               ; preds = %5, %65
  %20 = phi i64 [ 0, %5 ], [ %70, %65 ]
  %21 = phi i32 [ 0, %5 ], [ %69, %65 ]
  %22 = phi i32 [ 0, %5 ], [ %68, %65 ]
  %23 = phi i32 [ 0, %5 ], [ %67, %65 ]
  %24 = phi i32 [ 0, %5 ], [ %66, %65 ]
  %25 = icmp ult i64 %20, %7
  br i1 %25, label %26, label %35

26:                                               ; preds = %19
  %27 = getelementptr inbounds [1024 x i32], [1024 x i32]* @buf, i64 0, i64 %20
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = and i32 %28, -33
  %30 = add i32 %29, -91
  %31 = icmp ult i32 %30, -26
  %32 = add i32 %28, -58
  %33 = icmp ult i32 %32, -10
  %34 = select i1 %31, i1 %33, i1 false
  br i1 %34, label %35, label %40

35:                                               ; preds = %26, %19
  %36 = phi i32 [ 32, %19 ], [ %28, %26 ]
  %37 = icmp sgt i32 %21, 0
  br i1 %37, label %38, label %58

38:                                               ; preds = %35
  %39 = zext i32 %21 to i64
  br label %51

40:                                               ; preds = %26
  %41 = xor i1 %31, true
  %42 = zext i1 %41 to i32
  %43 = add nsw i32 %24, %42
  %44 = zext i1 %31 to i32
  %45 = add nsw i32 %23, %44
  %46 = icmp slt i32 %21, 64
  br i1 %46, label %47, label %65

47:                                               ; preds = %40
  %48 = sext i32 %21 to i64
  %49 = getelementptr inbounds [64 x i32], [64 x i32]* @word, i64 0, i64 %48
  store i32 %28, i32* %49, align 4, !tbaa !5
  %50 = add nsw i32 %21, 1
  br label %65

51:                                               ; preds = %38, %51
  %52 = phi i64 [ %39, %38 ], [ %53, %51 ]
  %53 = add nsw i64 %52, -1
  %54 = and i64 %53, 4294967295
  %55 = getelementptr inbounds [64 x i32], [64 x i32]* @word, i64 0, i64 %54
  %56 = load i32, i32* %55, align 4, !tbaa !5
  tail call void @putch(i32 noundef %56) #3
  %57 = icmp ugt i64 %52, 1
  br i1 %57, label %51, label %58, !llvm.loop !11

58:                                               ; preds = %51, %35
  %59 = phi i32 [ %21, %35 ], [ 0, %51 ]
  br i1 %25, label %60, label %61

60:                                               ; preds = %58
  tail call void @putch(i32 noundef %36) #3
  br label %61

61:                                               ; preds = %60, %58
  %62 = icmp eq i32 %36, 10
  %63 = zext i1 %62 to i32
  %64 = add nsw i32 %22, %63
  br label %65

65:                                               ; preds = %61, %40, %47
  %66 = phi i32 [ %43, %47 ], [ %43, %40 ], [ %24, %61 ]
  %67 = phi i32 [ %45, %47 ], [ %45, %40 ], [ %23, %61 ]
  %68 = phi i32 [ %22, %47 ], [ %22, %40 ], [ %64, %61 ]
  %69 = phi i32 [ %50, %47 ], [ %21, %40 ], [ %59, %61 ]
  %70 = add nuw nsw i64 %20, 1
  %71 = icmp eq i64 %70, %9
  br i1 %71, label %72, label %19, !llvm.loop !12

72:                                               ; preds = %65
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([8 x i8], [8 x i8]* @.str, i64 0, i64 0), i32 noundef 62, i32 noundef 62, i32 noundef 32) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str.1, i64 0, i64 0), i32 noundef %66, i32 noundef %67, i32 noundef %68) #3
  %73 = shl nsw i32 %67, 1
  %74 = add nsw i32 %73, %66
  %75 = add nsw i32 %74, %68
  ret i32 %75
}

declare i32 @getch() local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

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
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
