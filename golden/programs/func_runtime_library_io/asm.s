	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_runtime_library_io.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	fsd	fs0, 8(sp)                      # 8-byte Folded Spill
	fsd	fs1, 0(sp)                      # 8-byte Folded Spill
.LBB0_18:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(ints)
	addi	s0, s0, %pcrel_lo(.LBB0_18)
	mv	a0, s0
	call	getarray@plt
	mv	s2, a0
.LBB0_19:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(floats)
	addi	s1, s1, %pcrel_lo(.LBB0_19)
	mv	a0, s1
	call	getfarray@plt
	mv	s3, a0
	call	getfloat@plt
	fmv.s	fs0, fa0
	call	getint@plt
	mv	s4, a0
	mv	a0, s2
	mv	a1, s0
	call	putarray@plt
	mv	a0, s3
	mv	a1, s1
	call	putfarray@plt
	call	starttime@plt
	blez	s2, .LBB0_6
# %bb.1:
	li	a0, 0
	li	s5, 0
	slli	a1, s2, 32
	srli	a1, a1, 32
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a2, 0(s0)
	addi	a0, a0, 1
	mulw	a3, a2, a0
	addw	s5, a3, s5
	addw	a2, a2, s4
	sw	a2, 0(s0)
	addi	s0, s0, 4
	bne	a1, a0, .LBB0_2
# %bb.3:
	blez	s3, .LBB0_7
.LBB0_4:
	slli	a0, s3, 32
	srli	a0, a0, 32
	fmv.w.x	fs1, zero
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	flw	ft0, 0(s1)
	fmul.s	ft0, fs0, ft0
	fsw	ft0, 0(s1)
	fadd.s	fs1, fs1, ft0
	addi	a0, a0, -1
	addi	s1, s1, 4
	bnez	a0, .LBB0_5
	j	.LBB0_8
.LBB0_6:
	li	s5, 0
	bgtz	s3, .LBB0_4
.LBB0_7:
	fmv.w.x	fs1, zero
.LBB0_8:
	call	stoptime@plt
.LBB0_20:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(ints)
	addi	a1, a1, %pcrel_lo(.LBB0_20)
	mv	a0, s2
	call	putarray@plt
.LBB0_21:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(floats)
	addi	a1, a1, %pcrel_lo(.LBB0_21)
	mv	a0, s3
	call	putfarray@plt
	mv	a0, s5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fcvt.d.s	ft0, fs0
	addiw	a3, s4, 65
	fmv.x.d	a1, ft0
.LBB0_22:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_22)
	mv	a2, s4
	call	putf@plt
	call	getch@plt
	li	s3, -1
	beq	a0, s3, .LBB0_16
# %bb.9:
	li	s2, 0
	li	s1, 0
	li	s0, 0
	li	s4, 25
.LBB0_23:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(letters)
	addi	s6, s6, %pcrel_lo(.LBB0_23)
	j	.LBB0_12
.LBB0_10:                               #   in Loop: Header=BB0_12 Depth=1
	slli	a1, a1, 32
	srli	a1, a1, 30
	add	a1, a1, s6
	lw	a2, 0(a1)
	addiw	a2, a2, 1
	sw	a2, 0(a1)
	addiw	a1, a0, -32
.LBB0_11:                               #   in Loop: Header=BB0_12 Depth=1
	addiw	s0, s0, 1
	sext.w	a0, a0
	addi	a0, a0, -10
	seqz	a0, a0
	addw	s1, s1, a0
	sext.w	a0, a1
	call	putch@plt
	call	getch@plt
	beq	a0, s3, .LBB0_17
.LBB0_12:                               # =>This Inner Loop Header: Depth=1
	addiw	a1, a0, -97
	bgeu	s4, a1, .LBB0_10
# %bb.13:                               #   in Loop: Header=BB0_12 Depth=1
	addiw	a1, a0, -65
	bltu	s4, a1, .LBB0_15
# %bb.14:                               #   in Loop: Header=BB0_12 Depth=1
	slli	a1, a1, 32
	srli	a1, a1, 30
	add	a1, a1, s6
	lw	a2, 0(a1)
	addiw	a2, a2, 1
	sw	a2, 0(a1)
	addiw	s2, s2, 1
.LBB0_15:                               #   in Loop: Header=BB0_12 Depth=1
	mv	a1, a0
	j	.LBB0_11
.LBB0_16:
	li	s0, 0
	li	s1, 0
	li	s2, 0
.LBB0_17:
.LBB0_24:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(letters)
	addi	a1, a1, %pcrel_lo(.LBB0_24)
	li	a0, 26
	call	putarray@plt
.LBB0_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB0_25)
	mv	a1, s0
	mv	a2, s1
	mv	a3, s2
	call	putf@plt
	sraiw	a0, s5, 31
	srliw	a0, a0, 24
	add	a0, a0, s5
	andi	a0, a0, -256
	subw	a0, s5, a0
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	fld	fs0, 8(sp)                      # 8-byte Folded Reload
	fld	fs1, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	ints,@object                    # @ints
	.bss
	.globl	ints
	.p2align	2
ints:
	.zero	64
	.size	ints, 64

	.type	floats,@object                  # @floats
	.globl	floats
	.p2align	2
floats:
	.zero	64
	.size	floats, 64

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"scale=%f shift=%d first=%c\n"
	.size	.L.str, 28

	.type	letters,@object                 # @letters
	.bss
	.globl	letters
	.p2align	2
letters:
	.zero	104
	.size	letters, 104

	.type	.L.str.1,@object                # @.str.1
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str.1:
	.asciz	"chars=%d lines=%d upper=%d\n"
	.size	.L.str.1, 28

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
